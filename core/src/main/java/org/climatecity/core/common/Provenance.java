package org.climatecity.core.common;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from, and how far it can be trusted: a published {@link DataSource}, or a value that was made
 * up to illustrate a scenario or assumed, with a note that says how.
 *
 * <p>Figures made up to illustrate a scenario are marked {@link Kind#ILLUSTRATIVE} and figures taken as given without
 * a source {@link Kind#ASSUMED}, so that no tool passes them off as real. A sourced fact names its source; a made-up
 * or assumed one has a note instead. Immutable and thread-safe.
 *
 * @param kind the kind of provenance, not null
 * @param source the published source, required for sourced kinds, null for illustrative and assumed values
 * @param note a note, such as how a value was derived; required for illustrative and assumed values; null or not
 *     blank
 * @since 0.1.0
 */
public record Provenance(Kind kind, @Nullable DataSource source, @Nullable String note) {

    /**
     * The kind of provenance of a fact.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Official statistics, such as SMHI's emissions database or Statistics Sweden. */
        OFFICIAL_STATISTICS(true),
        /** Reported by the party it is about, such as a city's own inventory or a programme's announcement. */
        REPORTED(true),
        /** A measurement, such as a pilot's evaluation. */
        MEASURED(true),
        /** An estimate by a named party. */
        ESTIMATE(true),
        /** Taken as given without a source, such as a start date where only the year is known. */
        ASSUMED(false),
        /** A made-up figure that illustrates a scenario and must not be read as real. */
        ILLUSTRATIVE(false);

        private final boolean sourced;

        Kind(boolean sourced) {
            this.sourced = sourced;
        }

        /**
         * Checks if facts of this kind name a published source.
         *
         * @return true for sourced kinds, false for assumed and illustrative values
         */
        public boolean isSourced() {
            return sourced;
        }
    }

    /**
     * Creates a provenance.
     *
     * @param kind the kind, not null
     * @param source the source: required for sourced kinds, null otherwise
     * @param note the note: required for assumed and illustrative values, null or not blank
     * @throws ClimateCityException if the kind is missing, or the source or note does not fit the kind
     */
    public Provenance {
        Require.nonNull(kind, "provenance kind");
        note = Require.optionalText(note, "provenance note");
        if (kind.isSourced() && source == null) {
            throw new ClimateCityException("provenance of kind " + Texts.word(kind) + " must name its source");
        }
        if (!kind.isSourced()) {
            if (source != null) {
                throw new ClimateCityException("provenance of kind " + Texts.word(kind) + " must not name a source, it has a note");
            }
            if (note == null) {
                throw new ClimateCityException("provenance of kind " + Texts.word(kind) + " must have a note saying how the"
                        + " value was chosen");
            }
        }
    }

    /**
     * Obtains a provenance for official statistics.
     *
     * @param source the source, not null
     * @return the provenance
     */
    public static Provenance officialStatistics(DataSource source) {
        return new Provenance(Kind.OFFICIAL_STATISTICS, source, null);
    }

    /**
     * Obtains a provenance for a fact reported by a named source.
     *
     * @param source the source, not null
     * @return the provenance
     */
    public static Provenance reported(DataSource source) {
        return new Provenance(Kind.REPORTED, source, null);
    }

    /**
     * Obtains a provenance for a figure that only illustrates a scenario.
     *
     * @param note why and how the figure was chosen, not blank
     * @return the provenance
     */
    public static Provenance illustrative(String note) {
        return new Provenance(Kind.ILLUSTRATIVE, null, note);
    }

    /**
     * Obtains a provenance for a value taken as given without a source, such as the first day of a year where only
     * the year is known.
     *
     * @param note what was assumed, not blank
     * @return the provenance
     */
    public static Provenance assumed(String note) {
        return new Provenance(Kind.ASSUMED, null, note);
    }

    /**
     * Checks if the figure is only illustrative.
     *
     * @return true for {@link Kind#ILLUSTRATIVE}
     */
    public boolean isIllustrative() {
        return kind == Kind.ILLUSTRATIVE;
    }

    /**
     * Returns a short description for people: the source's label, or the note.
     *
     * @return the description
     */
    public String describe() {
        if (source != null) {
            return note == null ? source.label() : source.label() + "; " + note;
        }
        return kind == Kind.ILLUSTRATIVE ? "illustrative: " + note : "assumed: " + note;
    }
}
