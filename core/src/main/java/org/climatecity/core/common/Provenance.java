package org.climatecity.core.common;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure comes from, and how far it can be trusted.
 *
 * <p>Figures made up to illustrate a scenario are marked {@link Kind#ILLUSTRATIVE} so that no tool passes them off
 * as real. Immutable and thread-safe.
 *
 * @param kind the kind of source, not null
 * @param source the source, such as {@code SMHI, Nationella emissionsdatabasen}, not blank
 * @param note an optional note, such as the licence or how a value was derived; null or not blank
 * @since 0.1.0
 */
public record Provenance(Kind kind, String source, @Nullable String note) {

    /**
     * The kind of source of a figure.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Official statistics, such as SMHI's emissions database or Statistics Sweden. */
        OFFICIAL_STATISTICS,
        /** A measurement, such as a pilot's evaluation. */
        MEASURED,
        /** An estimate by a named party. */
        ESTIMATE,
        /** A made-up figure that illustrates a scenario and must not be read as real. */
        ILLUSTRATIVE
    }

    /**
     * Creates a provenance.
     *
     * @param kind the kind, not null
     * @param source the source, not blank
     * @param note an optional note, null or not blank
     * @throws ClimateCityException if kind or source is missing
     */
    public Provenance {
        Require.nonNull(kind, "provenance kind");
        source = Require.text(source, "provenance source");
        note = Require.optionalText(note, "provenance note");
    }

    /**
     * Obtains a provenance for official statistics.
     *
     * @param source the source, not blank
     * @return the provenance
     */
    public static Provenance officialStatistics(String source) {
        return new Provenance(Kind.OFFICIAL_STATISTICS, source, null);
    }

    /**
     * Obtains a provenance for a figure that only illustrates a scenario.
     *
     * @param note why and how the figure was chosen, not blank
     * @return the provenance
     */
    public static Provenance illustrative(String note) {
        return new Provenance(Kind.ILLUSTRATIVE, "illustrative", note);
    }

    /**
     * Checks if the figure is only illustrative.
     *
     * @return true for {@link Kind#ILLUSTRATIVE}
     */
    public boolean isIllustrative() {
        return kind == Kind.ILLUSTRATIVE;
    }
}
