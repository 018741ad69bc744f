package org.climatecity.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.climatecity.core.document.ProgrammeDocument;

/**
 * What an import gives: the document and the report of what could not be taken over as given. Immutable and
 * thread-safe.
 *
 * @param document the imported document, not null
 * @param report the report, not null
 * @param balances per input file with tonnes CO2e, the tonnes read and the tonnes in the document, not null
 * @since 0.1.0
 */
public record ImportResult(ProgrammeDocument document, ImportReport report, List<TonnesBalance> balances) {

    /**
     * Creates a result.
     *
     * @param document the document, not null
     * @param report the report, not null
     * @param balances the tonnes balances per file, not null
     */
    public ImportResult {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
        balances = List.copyOf(balances);
    }

    /**
     * Creates a result of an import without tonnes to balance.
     *
     * @param document the document, not null
     * @param report the report, not null
     */
    public ImportResult(ProgrammeDocument document, ImportReport report) {
        this(document, report, List.of());
    }

    /**
     * Returns the tonnes CO2e read from all files.
     *
     * @return the sum of the balances' tonnes read, not null
     */
    public BigDecimal tonnesRead() {
        return balances.stream().map(TonnesBalance::read).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Returns the tonnes CO2e of all files that are in the document.
     *
     * @return the sum of the balances' tonnes in the document, not null
     */
    public BigDecimal tonnesInDocument() {
        return balances.stream().map(TonnesBalance::inDocument).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Merges several imports into one document, in the order given. Actors with the same id are one actor: a place
     * keeps the identifiers, names and population of both, and the first's other values where both give one.
     * Inventories are kept side by side, two for the same owner and year from different sources being two facts; an
     * inventory repeated with the same owner, year, boundary and source is kept once. Initiatives are kept by id.
     * What cannot be merged (an identifier already naming another place, two values that differ, a repeated
     * inventory or initiative) is named in the merged report with the code {@code merge-conflict},
     * {@code duplicate-inventory}, {@code duplicate-initiative} or {@code duplicate-scenario}, after the reports of the
     * inputs. A repeated inventory (a file imported twice) is reported against the file it was read from with the
     * tonnes it held, and its tonnes are taken off that file's balance, so that the balances say what the merged
     * document holds.
     *
     * @param results the imports, not null, at least one
     * @return the merged result
     * @throws org.climatecity.core.ClimateCityException if no result is given
     */
    public static ImportResult merge(List<ImportResult> results) {
        Objects.requireNonNull(results, "results");
        if (results.isEmpty()) {
            throw new org.climatecity.core.ClimateCityException("merge needs at least one import, was none");
        }
        if (results.size() == 1) {
            return results.get(0);
        }
        ImportReport report = ImportReport.EMPTY;
        for (ImportResult result : results) {
            report = report.plus(result.report());
        }
        List<ReportEntry> conflicts = new ArrayList<>();
        Merging.Merged merged = Merging.merge(results.stream().map(ImportResult::document).toList(),
                results.stream().map(ImportResult::balances).toList(), conflicts);
        return new ImportResult(merged.document(), report.plus(new ImportReport(conflicts)), merged.balances());
    }
}
