package org.climatecity.benchmarks;

import java.util.Locale;
import org.climatecity.benchmarks.workload.NationalDocuments;
import org.climatecity.core.ProgrammeDocument;

/**
 * The workloads of the benchmarks, each generated from a fixed seed, and a description of their sizes.
 *
 * @since 0.1.0
 */
public final class Workloads {

    private Workloads() {
    }

    /**
     * Builds the national document from the benchmarks' seed.
     *
     * @return the document, not null
     */
    public static ProgrammeDocument nationalDocument() {
        return NationalDocuments.build(NationalDocuments.DEFAULT_SEED);
    }

    /**
     * Describes the sizes of the workloads, as printed before the benchmarks run.
     *
     * @return the description, several lines, not null
     */
    public static String describe() {
        ProgrammeDocument document = nationalDocument();
        long actions = document.initiatives().stream().flatMap(i -> i.actionPlans().stream())
                .mapToLong(p -> p.actions().size()).sum();
        long indicators = document.initiatives().stream().flatMap(i -> i.actionPlans().stream())
                .flatMap(p -> p.actions().stream()).mapToLong(a -> a.indicators().size()).sum();
        long entries = document.inventories().stream().mapToLong(i -> i.entries().size()).sum();
        long jurisdictions = document.initiatives().stream().flatMap(i -> i.scalingPlans().stream())
                .flatMap(p -> p.stages().stream()).mapToLong(s -> s.jurisdictions().size()).sum();
        return String.format(Locale.ROOT, "national document (seed %d): %d actors, %d initiatives, %d action plans, "
                + "%d actions, %d indicators, %d inventories with %d entries, %d scaling jurisdictions",
                NationalDocuments.DEFAULT_SEED, document.actors().size(), document.initiatives().size(),
                document.initiatives().stream().mapToInt(i -> i.actionPlans().size()).sum(), actions, indicators,
                document.inventories().size(), entries, jurisdictions);
    }
}
