package org.climatecity.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.climatecity.benchmarks.baseline.TokenWalk;
import org.climatecity.benchmarks.baseline.TrendLoop;
import org.climatecity.benchmarks.workload.EuropeanDocuments;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;
import org.climatecity.examples.MainJob;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.ReadLimits;

/**
 * The figures at the scale of every municipality of the EU-27 ({@link EuropeanDocuments}): reading and validating the
 * whole document against the token walk, the heap its model retains against its JSON, the trends of every place
 * against the hand-written loop, and the command line's {@code report} on the document. At this size one operation
 * takes seconds, so each figure is a few single shots: one uncounted run of each side, then some pairs of runs,
 * library and baseline alternating, and the median of the pairs' ratios, with half their interquartile range as its
 * margin; {@code report}, which takes tens of seconds, is one shot paired with one read + validate right after it.
 *
 * <p>The reader's limits are raised as a user of a document this large raises them: a document length of 2 GiB
 * ({@code --max-document-size 2GiB} on the command line).
 *
 * @since 0.1.0
 */
public final class ScaleFigures {

    /** The reader of the large document: validating, with the document length limit raised to 2 GiB. */
    static final ClimateCityDocuments READER = ClimateCityDocuments.builder().validate(true).pretty(false)
            .limits(ReadLimits.DEFAULT.withMaxDocumentLength(2L * 1024 * 1024 * 1024)).build();

    private ScaleFigures() {
    }

    /**
     * Builds the document and measures its figures.
     *
     * @param municipalities the number of municipalities, such as {@link EuropeanDocuments#MUNICIPALITIES}
     * @param members the number of members with an initiative, such as {@link EuropeanDocuments#MEMBERS}
     * @param pairs the number of counted pairs of runs, at least 1
     * @param out receives a line that describes the document, not null
     * @return the rows: read + validate vs token walk, heap retained vs JSON, trends vs hand loop, report vs read +
     *     validate
     * @throws org.climatecity.serialization.DocumentReadException if the document does not read back valid
     * @throws IllegalStateException if the report fails
     */
    public static List<FigureRow> measure(int municipalities, int members, int pairs,
            Consumer<String> out) {
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be at least 1, was " + pairs);
        }
        ProgrammeDocument document = EuropeanDocuments.build(municipalities, members,
                EuropeanDocuments.DEFAULT_SEED);
        byte[] json = Workloads.DOCUMENTS.writeToBytes(document);
        document = null;
        // the validating reader throws if the generated document is not valid
        ProgrammeDocument model = READER.read(json).document();
        out.accept(String.format(Locale.ROOT, "EU-scale document: %,d bytes of compact JSON; %,d actors,"
                + " %,d inventories, %,d initiatives", json.length, model.actors().size(),
                model.inventories().size(), model.initiatives().size()));

        List<FigureRow> rows = new ArrayList<>();
        rows.add(paired(Figures.SCALE_READ_VALIDATE, () -> READER.read(json).document(),
                () -> TokenWalk.walk(Workloads.PLAIN_MAPPER, json), pairs));
        double[] retained = HeapFootprint.retained(() -> READER.read(json).document(), pairs);
        rows.add(new FigureRow(Figures.SCALE_HEAP,
                Measurement.bytes(MainJobTiming.median(retained), MainJobTiming.halfSpread(retained)),
                Measurement.bytes(json.length, 0)));

        List<YearlySeries> series = series(model);
        int[][] years = new int[series.size()][];
        double[][] values = new double[series.size()][];
        for (int s = 0; s < series.size(); s++) {
            years[s] = series.get(s).years();
            values[s] = series.get(s).values();
        }
        rows.add(paired(Figures.SCALE_TRENDS, () -> TrendBenchmark.trends(series),
                () -> TrendLoop.trends(years, values, TrendBenchmark.SINCE), pairs));
        model = null;
        rows.add(report(json));
        return rows;
    }

    /**
     * Times the command line's {@code report} on the document once, as {@code climate-city report FILE
     * --max-document-size 2GiB --out DIR} runs it in this JVM: reading and validating the file, the cities' trends
     * and gaps, the charts, the report files, and the summary (to a writer that drops it).
     *
     * @param json the document, not null
     * @return the row
     * @throws IllegalStateException if the report fails
     */
    static FigureRow report(byte[] json) {
        Path work = null;
        try {
            work = Files.createTempDirectory("climate-city-eu-report");
            Path file = Files.write(work.resolve("eu-scale.json"), json);
            PrintWriter dropped = new PrintWriter(Writer.nullWriter());
            Path out = work.resolve("report");
            int[] exit = new int[1];
            double millis = SingleShots.time(() -> exit[0] = MainJob.forFile(file, READER.limits(), dropped, dropped)
                    .run(out), 1);
            if (exit[0] != 0) {
                throw new IllegalStateException("report on the EU-scale document exited with " + exit[0]);
            }
            // its pair: one read + validate right after, so that both shots see the machine as it was
            double baseline = SingleShots.time(() -> READER.read(json).document(), 1);
            return new FigureRow(Figures.SCALE_REPORT, Measurement.millis(millis, 0), Measurement.millis(baseline, 0),
                    Optional.empty(), Optional.of(new FigureRow.PairedRatio(millis / baseline, 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the EU-scale document for report", e);
        } finally {
            if (work != null) {
                MainJobTiming.deleteRecursively(work);
            }
        }
    }

    /** Returns the territorial total series of every owner of inventories, in the document's order. */
    static List<YearlySeries> series(ProgrammeDocument document) {
        Map<ActorId, List<EmissionsInventory>> byOwner = new LinkedHashMap<>();
        for (EmissionsInventory inventory : document.inventories()) {
            byOwner.computeIfAbsent(inventory.owner(), owner -> new ArrayList<>()).add(inventory);
        }
        List<YearlySeries> series = new ArrayList<>(byOwner.size());
        for (List<EmissionsInventory> inventories : byOwner.values()) {
            series.add(YearlySeries.fromInventories(inventories));
        }
        return series;
    }

    private static FigureRow paired(Figure figure, Supplier<?> library, Supplier<?> baseline, int pairs) {
        // one uncounted run of each side first
        SingleShots.time(baseline, 1);
        SingleShots.time(library, 1);
        return SingleShots.pairs(figure, library, baseline, pairs, 1);
    }
}
