package org.climatecity.core.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.ContractRound;
import org.climatecity.core.programme.Initiative;

/**
 * The differences between two documents, or between two objects of the model: what was added, removed, changed and
 * (when asked for) moved, each {@link Change} with its JSON Pointer in both documents and its values.
 *
 * <p>Every part of the model is compared, through the components of its records; elements of lists are matched by
 * id or natural key as the {@linkplain org.climatecity.core.diff package description} says. Changes come in
 * document order: per list, the changes inside its matched elements in the order of the older document, then its
 * reordered, renamed and removed elements, then its added elements in the order of the newer document. The properties of a read document that the model
 * does not know are compared by the serialization module's {@code DocumentDiffs}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param changes the changes, not null, empty when the two are equal
 * @since 0.1.0
 */
public record DocumentDiff(List<Change> changes) {

    /**
     * Creates a diff of changes already found.
     *
     * @param changes the changes, not null
     * @throws ClimateCityException if the list is missing
     */
    public DocumentDiff {
        if (changes == null) {
            throw new ClimateCityException("changes are missing");
        }
        changes = List.copyOf(changes);
    }

    /**
     * Compares two documents.
     *
     * @param older the older document, not null
     * @param newer the newer document, not null
     * @return the differences, not null
     */
    public static DocumentDiff between(ProgrammeDocument older, ProgrammeDocument newer) {
        return between(older, newer, DiffOptions.DEFAULTS);
    }

    /**
     * Compares two documents with options.
     *
     * @param older the older document, not null
     * @param newer the newer document, not null
     * @param options the options, not null
     * @return the differences, not null
     */
    public static DocumentDiff between(ProgrammeDocument older, ProgrammeDocument newer, DiffOptions options) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        return between(older, "", newer, "", options);
    }

    /**
     * Compares two objects of the model found at two JSON Pointers, such as two contract rounds of one initiative
     * or two targets: the changes name the pointers below the given ones.
     *
     * @param older the older object, not null
     * @param olderPointer the older object's pointer, empty for a document, not null
     * @param newer the newer object, not null
     * @param newerPointer the newer object's pointer, not null
     * @param options the options, not null
     * @return the differences, not null
     */
    public static DocumentDiff between(Object older, String olderPointer, Object newer, String newerPointer,
            DiffOptions options) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(olderPointer, "olderPointer");
        Objects.requireNonNull(newerPointer, "newerPointer");
        Objects.requireNonNull(options, "options");
        return new DocumentDiff(ModelWalk.compare(older, newer, olderPointer, newerPointer, options));
    }

    /**
     * Compares two contract rounds of one initiative of a document: who signed and who no longer did, the
     * commitments added, dropped or reworded, and the targets they commit to.
     *
     * @param document the document, not null
     * @param initiative the initiative's id, not null
     * @param olderYear the year of the older round
     * @param newerYear the year of the newer round
     * @return the differences, pointing into the document, not null; the rounds' years are left out
     * @throws ClimateCityException if the document has no such initiative or the initiative no round of a year
     */
    public static DocumentDiff betweenRounds(ProgrammeDocument document, LocalId initiative, int olderYear,
            int newerYear) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(initiative, "initiative");
        int i = document.initiatives().indexOf(document.initiative(initiative).orElseThrow(
                () -> new ClimateCityException("document has no initiative with id '" + initiative + "'")));
        Initiative found = document.initiatives().get(i);
        int older = roundIndex(found, olderYear);
        int newer = roundIndex(found, newerYear);
        String base = "/initiatives/" + i + "/contractRounds/";
        List<Change> changes = new ArrayList<>(between(found.contractRounds().get(older), base + older,
                found.contractRounds().get(newer), base + newer, DiffOptions.DEFAULTS).changes());
        changes.removeIf(c -> c.kind() == ChangeKind.CHANGED && c.pointer().equals(base + newer + "/year"));
        return new DocumentDiff(changes);
    }

    private static int roundIndex(Initiative initiative, int year) {
        List<ContractRound> rounds = initiative.contractRounds();
        for (int r = 0; r < rounds.size(); r++) {
            if (rounds.get(r).year() == year) {
                return r;
            }
        }
        throw new ClimateCityException("initiative '" + initiative.id() + "' has no contract round of " + year);
    }

    /**
     * Checks if the two were equal.
     *
     * @return true if there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns a diff of the changes that concern some parts of the model only, such as {@code targets} and
     * {@code actions} (see {@link Change#concerns(String)}).
     *
     * @param parts the property names of the parts, not null; none keeps no change
     * @return the diff of those changes, not null
     */
    public DocumentDiff only(Collection<String> parts) {
        Set<String> names = Set.copyOf(parts);
        return new DocumentDiff(changes.stream().filter(c -> names.stream().anyMatch(c::concerns)).toList());
    }

    /**
     * Returns a diff with more changes after these, such as those of properties the model does not know.
     *
     * @param more the changes to add, not null
     * @return the combined diff, not null
     */
    public DocumentDiff withChanges(Collection<Change> more) {
        List<Change> all = new ArrayList<>(changes);
        all.addAll(more);
        return new DocumentDiff(all);
    }
}
