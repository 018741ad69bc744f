package org.climatecity.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.climatecity.benchmarks.workload.EuropeanDocuments;
import org.climatecity.benchmarks.workload.ImportSamples;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.options.WarmupMode;

/**
 * Runs all benchmarks through the JMH runner API and prints each figure as a ratio against its baseline.
 *
 * <pre>
 * java -jar benchmarks/target/climate-city-benchmarks.jar [--quick] [--markdown] [--prof NAME]... [--only REGEX]
 * </pre>
 *
 * <p>{@code --quick} measures, in this JVM with short iterations, only the figures whose code settles within them
 * and agree with the full run within 25 % (trends, heap, start-up); the default is the full run, in which each
 * benchmark class declares its forks, warm-up and measurement (three forks each), and which takes far longer. The national document's reading, validating and writing are measured in pairs, each
 * operation of the library alternating with one of its baseline in the same JVM ({@link PairedBenchmark}), so that
 * a phase of the machine slows both sides of a ratio alike.
 * The exit code of a full run is 0 when every target is met, 1 when one is missed; a quick run exits with 0 once every
 * benchmark ran; 2 is a usage error.
 *
 * @since 0.1.0
 */
public final class BenchmarkRunner {

    /** The widest margin, as a share of the value, that a figure may have to be judged by: ±10 %. */
    static final double MARGIN = 0.10;

    private BenchmarkRunner() {
    }

    /**
     * The settings of one run.
     *
     * @param quick whether to run the quick configuration
     * @param markdown whether to print the table as Markdown too
     * @param profilers JMH profiler names to add, such as {@code gc} or {@code stack}
     * @param only a regular expression that restricts the JMH benchmarks, or empty for all
     * @param help whether to print the usage and stop
     */
    record Settings(boolean quick, boolean markdown, List<String> profilers, String only, boolean help) {

        static Settings parse(String... args) {
            boolean quick = false;
            boolean markdown = false;
            boolean help = false;
            String only = "";
            List<String> profilers = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--markdown" -> markdown = true;
                    case "--help", "-h" -> help = true;
                    case "--prof" -> profilers.add(value(args, ++i, "--prof"));
                    case "--only" -> only = value(args, ++i, "--only");
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            return new Settings(quick, markdown, List.copyOf(profilers), only, help);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            return args[index];
        }

        /**
         * Returns the regular expression of the JMH benchmarks to run: those named by {@code --only}, else those that
         * the figures need, or in a quick run those whose code settles within its short warm-up.
         */
        String include() {
            if (!only.isEmpty()) {
                return only;
            }
            List<String> classes = quick ? Figures.quickBenchmarkClasses() : Figures.fullBenchmarkClasses();
            return "^org\\.climatecity\\.benchmarks\\.(" + String.join("|", classes) + ")\\.";
        }

        /**
         * Adds the settings of a quick run: every benchmark in this JVM (no forks, so no JVM starts), each warmed up
         * after all were warmed up together, as code that a later benchmark shares with an earlier one would otherwise
         * be compiled for the earlier one only. A full run sets nothing here: each benchmark class declares the forks,
         * warm-up and measurement its code needs ({@code @Fork}, {@code @Warmup}, {@code @Measurement}).
         */
        void applyRunLength(ChainedOptionsBuilder options) {
            if (quick) {
                options.forks(0)
                        .warmupMode(WarmupMode.BULK_INDI)
                        .warmupIterations(5).warmupTime(TimeValue.milliseconds(400))
                        .measurementIterations(5).measurementTime(TimeValue.milliseconds(400));
            }
        }

        /** Adds JMH's {@code gc} profiler unless asked for already: it gives the bytes allocated per operation. */
        List<String> profilersWithAllocation() {
            List<String> all = new ArrayList<>(profilers);
            if (all.stream().noneMatch(p -> p.equals("gc") || p.startsWith("gc:"))) {
                all.add("gc");
            }
            return all;
        }

        int mainJobRepeats() {
            return quick ? 3 : 15;
        }

        /**
         * Returns whether the import figures run: in a full run, and where {@code --only} matches
         * {@code ImportFigures} (such as {@code --only Import}); they are single shots of seconds, left out of a quick
         * run.
         */
        boolean importFigures() {
            return only.isEmpty() ? !quick : Pattern.compile(only).matcher("ImportFigures").find();
        }
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args {@code --quick}, {@code --markdown}, {@code --prof NAME}, {@code --only REGEX}, {@code --help}
     */
    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("climate-city-benchmarks: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.println(usage());
            return;
        }
        if (settings.only().isEmpty()) {
            // the main job is timed last: find its jar before the benchmarks take minutes
            try {
                MainJobTiming.requireExamplesJar();
            } catch (IllegalStateException e) {
                System.err.println("climate-city-benchmarks: " + e.getMessage());
                System.exit(2);
                return;
            }
        }
        try {
            FigureTable table = run(settings, System.out);
            // a quick run's figures are too rough to judge targets by (see the note it prints)
            System.exit(table.anyMissed() && !settings.quick() ? 1 : 0);
        } catch (RunnerException e) {
            System.err.println("climate-city-benchmarks: JMH failed: " + e.getMessage());
            System.exit(3);
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: java -jar climate-city-benchmarks.jar [--quick] [--markdown] [--prof NAME]... [--only REGEX]",
                "  --quick       short iterations in this JVM, rough figures (under a minute on 2 cores)",
                "  --markdown    also print the table as Markdown",
                "  --prof NAME   add a JMH profiler, such as gc, stack or stack:lines=3 (options after the colon)",
                "  --only REGEX  run only the JMH benchmarks matching REGEX (skips heap and main-job figures);",
                "                the import figures run where REGEX matches ImportFigures, as --only Import");
    }

    /**
     * Runs the benchmarks with some settings and prints the workload sizes and the table.
     *
     * @param settings the settings, not null
     * @param out where to print, not null
     * @return the table
     * @throws RunnerException if JMH fails
     */
    static FigureTable run(Settings settings, PrintStream out) throws RunnerException {
        long start = System.nanoTime();
        byte[] json = Workloads.nationalJson();
        out.println(Workloads.describe(json));
        out.flush();
        // forked benchmark JVMs get the file as a system property; a quick run's benchmarks read it in this JVM
        String jsonFile = Workloads.saveNationalJson(json).toString();
        System.setProperty(Workloads.NATIONAL_JSON_PROPERTY, jsonFile);
        Map<String, RunResult> byName = new HashMap<>();
        Map<String, RunResult> byPair = new HashMap<>();
        if (BenchmarkRunner.class.getResource("/META-INF/BenchmarkList") != null) {
            // --only Import names no JMH benchmark, which JMH would take as an error
            if (settings.only().isEmpty() || !settings.importFigures() || anyBenchmarkMatches(settings.include())) {
                collect(new Runner(options(settings, jsonFile).include(settings.include()).build()).run(), byName,
                        byPair);
            }
        } else {
            out.println("no JMH benchmarks compiled into this build; only the process-level figures run");
        }
        List<FigureRow> rows = jmhRows(byName, byPair);
        if (!settings.quick()) {
            // a figure whose margin is wider than the rule allows gets more forks, whose iterations join its first
            // ones, before it is reported
            for (int round = 1; round <= REPEATS; round++) {
                List<Figure> noisy = rows.stream().filter(r -> !r.withinMargin(MARGIN)).map(FigureRow::figure)
                        .toList();
                if (noisy.isEmpty()) {
                    break;
                }
                out.println("margin wider than ±" + Math.round(MARGIN * 100) + " %, forks added (round " + round
                        + "): " + String.join(", ", noisy.stream().map(Figure::name).toList()));
                Set<Rerun> reruns = new LinkedHashSet<>();
                noisy.forEach(figure -> rerun(figure).ifPresent(reruns::add));
                for (Rerun rerun : reruns) {
                    ChainedOptionsBuilder options = options(settings, jsonFile).include(rerun.include());
                    if (rerun.pair() != null) {
                        options.param("pair", rerun.pair());
                    }
                    collect(new Runner(options.build()).run(), byName, byPair);
                }
                rows = jmhRows(byName, byPair);
            }
        }
        rows = new ArrayList<>(rows);
        List<String> notes = new ArrayList<>();
        if (settings.only().isEmpty()) {
            rows.add(HeapFootprint.measure(json, settings.quick() ? 3 : 7));
            rows.add(WriteMemory.measure(Workloads.read(json), json.length, settings.quick() ? 3 : 9));
            rows.addAll(MainJobTiming.measure(settings.mainJobRepeats(), !settings.quick(), notes::add));
            if (!settings.quick()) {
                // a few single shots of seconds each: the EU-scale figures are left out of a quick run
                rows.addAll(ScaleFigures.measure(EuropeanDocuments.MUNICIPALITIES, EuropeanDocuments.MEMBERS, 5,
                        out::println));
            }
        }
        if (settings.importFigures()) {
            rows.addAll(ImportFigures.measure(ImportSamples.shared(), ImportFigures.TIMES, IMPORT_PAIRS, true,
                    out::println, notes::add));
        }
        FigureTable table = new FigureTable(rows);
        out.println();
        out.printf("climate-city benchmarks (%s run, Java %s, %d cores, %.0f s)%n",
                settings.quick() ? "quick" : "full", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), (System.nanoTime() - start) / 1e9);
        out.print(table.toText());
        notes.forEach(out::println);
        List<FigureRow> noisy = table.noisy(MARGIN);
        if (!noisy.isEmpty()) {
            out.println("margin wider than ±" + Math.round(MARGIN * 100) + " % (a busy machine?), measure again: "
                    + String.join(", ", noisy.stream().map(r -> r.figure().name()).toList()));
        }
        if (settings.quick()) {
            out.println("quick run: only the figures that agree with the full run within 25 % (trends, heap, main job,"
                    + " validate); reading, validating and writing need about twenty seconds of warm-up in a fresh JVM"
                    + " on two cores, and the scaling figures forks of their own: measure them with the full run, which"
                    + " also judges the targets.");
        }
        if (settings.markdown()) {
            out.println();
            out.print(table.toMarkdown());
        }
        return table;
    }

    /** The pairs of shots of each import figure. */
    static final int IMPORT_PAIRS = 9;

    /** Returns whether a regular expression finds any JMH benchmark of this build. */
    private static boolean anyBenchmarkMatches(String include) {
        Pattern pattern = Pattern.compile(include);
        try (InputStream in = BenchmarkRunner.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            if (in == null) {
                return false;
            }
            // the shaded jar's list has blank lines between the parts it merged, which JMH's reader refuses
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .collect(Collectors.joining("\n"));
            return BenchmarkList.readBenchmarkList(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)))
                    .stream().anyMatch(entry -> pattern.matcher(entry.getUsername()).find());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH's benchmark list: " + e.getMessage(), e);
        }
    }

    /** The most rounds of added forks for a figure whose margin is too wide. */
    static final int REPEATS = 2;

    /** Returns the JMH options of every run: the mode, the fork arguments, the run length and the profilers. */
    private static ChainedOptionsBuilder options(Settings settings, String jsonFile) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .jvmArgsAppend(forkJvmArgs(jsonFile).toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(settings.quick() ? VerboseMode.SILENT : VerboseMode.NORMAL);
        settings.applyRunLength(options);
        options.addProfiler(PairedProfiler.class);
        for (String profiler : settings.profilersWithAllocation()) {
            int colon = profiler.indexOf(':');
            if (colon > 0) {
                options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
            } else {
                options.addProfiler(profiler);
            }
        }
        return options;
    }

    /** Files each result under its pair or its benchmark's name, joining the forks of a result filed before. */
    private static void collect(Collection<RunResult> results, Map<String, RunResult> byName,
            Map<String, RunResult> byPair) {
        for (RunResult result : results) {
            String pair = result.getParams().getParam("pair");
            if (pair != null) {
                byPair.merge(pair, result, BenchmarkRunner::join);
            } else {
                byName.merge(result.getParams().getBenchmark(), result, BenchmarkRunner::join);
            }
        }
    }

    /**
     * Joins the forks of two runs of one benchmark into one result, whose scores and margins are taken over the
     * iterations of all of them.
     *
     * @param first the earlier run, not null
     * @param more the later run, not null
     * @return the joined result
     */
    static RunResult join(RunResult first, RunResult more) {
        List<BenchmarkResult> all = new ArrayList<>(first.getBenchmarkResults());
        all.addAll(more.getBenchmarkResults());
        return new RunResult(first.getParams(), all);
    }

    /**
     * What to run again for a figure: the benchmarks that a regular expression names, with the pair parameter of the
     * paired benchmark or null.
     *
     * @param include the regular expression of the benchmarks, not null
     * @param pair the pair, or null for a figure measured by benchmarks of its own
     */
    record Rerun(String include, String pair) {
    }

    /**
     * Returns what to run again for a JMH figure: its pair of the paired benchmark, or its library's and its
     * baseline's benchmarks.
     *
     * @param figure the figure, not null
     * @return what to run, or empty for a figure that JMH does not measure
     */
    static Optional<Rerun> rerun(Figure figure) {
        for (Figures.Paired paired : Figures.PAIRED) {
            if (paired.figure().equals(figure)) {
                return Optional.of(new Rerun("^" + quote(Figures.PAIRED_BENCHMARK) + "$", paired.pair().name()));
            }
        }
        for (Figures.Timed timed : Figures.TIMED) {
            if (timed.figure().equals(figure)) {
                return Optional.of(new Rerun("^(" + quote(timed.libraryName()) + "|" + quote(timed.baselineName())
                        + ")$", null));
            }
        }
        return Optional.empty();
    }

    /** Returns a benchmark's name as a regular expression that matches only it. */
    static String quote(String benchmark) {
        return benchmark.replace(".", "\\.");
    }

    /** Returns the rows of the JMH figures from their results, in print order. */
    private static List<FigureRow> jmhRows(Map<String, RunResult> byName, Map<String, RunResult> byPair) {
        List<FigureRow> rows = new ArrayList<>();
        for (Figures.Paired paired : Figures.PAIRED) {
            RunResult result = byPair.get(paired.pair().name());
            if (result != null) {
                pairedRow(paired, result.getSecondaryResults()).ifPresent(rows::add);
            }
        }
        for (Figures.Timed timed : Figures.TIMED) {
            RunResult library = byName.get(timed.libraryName());
            RunResult baseline = byName.get(timed.baselineName());
            if (library == null || baseline == null) {
                continue;
            }
            Optional<Result<?>> libraryAllocation = allocation(library);
            Optional<Result<?>> baselineAllocation = allocation(baseline);
            Optional<FigureRow.Allocation> allocation = libraryAllocation.isPresent() && baselineAllocation.isPresent()
                    ? Optional.of(new FigureRow.Allocation(libraryAllocation.get().getScore(),
                            baselineAllocation.get().getScore()))
                    : Optional.empty();
            switch (timed.metric()) {
                case TIME -> rows.add(new FigureRow(timed.figure(), millis(library.getPrimaryResult()),
                        millis(baseline.getPrimaryResult()), allocation));
                case ALLOCATION -> {
                    if (allocation.isPresent()) {
                        rows.add(new FigureRow(timed.figure(), bytes(libraryAllocation.get()),
                                bytes(baselineAllocation.get())));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Returns the arguments of every forked benchmark JVM: a fixed heap and collector, so that the heap is never
     * resized and the collector is the same on any machine (the JVM would pick the serial collector where it sees
     * fewer than two cores or 1792 MB), touched at start so that no page fault of a first use falls into a measured
     * iteration; and the file of the national document.
     *
     * @param jsonFile the national document's file, not null
     * @return the arguments, not null
     */
    static List<String> forkJvmArgs(String jsonFile) {
        return List.of("-Xms2g", "-Xmx2g", "-XX:+UseG1GC", "-XX:+AlwaysPreTouch",
                "-D" + Workloads.NATIONAL_JSON_PROPERTY + "=" + jsonFile);
    }

    /**
     * Returns the row of a paired figure from the secondary results of its run, empty if {@link PairedProfiler}
     * reported nothing.
     *
     * @param paired the figure, not null
     * @param results the run's secondary results by label, not null
     * @return the row, or empty
     */
    // JMH gives its secondary results with the raw type
    @SuppressWarnings("rawtypes")
    static Optional<FigureRow> pairedRow(Figures.Paired paired, Map<String, ? extends Result> results) {
        Result ratio = results.get(PairedProfiler.RATIO);
        Result libraryTime = results.get(PairedProfiler.LIBRARY_TIME);
        Result baselineTime = results.get(PairedProfiler.BASELINE_TIME);
        Result libraryBytes = results.get(PairedProfiler.LIBRARY_BYTES);
        Result baselineBytes = results.get(PairedProfiler.BASELINE_BYTES);
        if (ratio == null || libraryTime == null || baselineTime == null || libraryBytes == null
                || baselineBytes == null) {
            return Optional.empty();
        }
        return Optional.of(switch (paired.metric()) {
            case TIME -> new FigureRow(paired.figure(), millis(libraryTime), millis(baselineTime),
                    Optional.of(new FigureRow.Allocation(libraryBytes.getScore(), baselineBytes.getScore())),
                    Optional.of(new FigureRow.PairedRatio(ratio.getScore(), ratio.getScoreError())));
            case ALLOCATION -> new FigureRow(paired.figure(), bytes(libraryBytes), bytes(baselineBytes));
        });
    }

    /** The bytes allocated per operation, from JMH's gc profiler (named with a leading "·" before JMH 1.36). */
    private static Optional<Result<?>> allocation(RunResult result) {
        Map<String, Result> secondary = result.getSecondaryResults();
        Result<?> norm = secondary.get("gc.alloc.rate.norm");
        if (norm == null) {
            norm = secondary.get("·gc.alloc.rate.norm");
        }
        return Optional.ofNullable(norm);
    }

    private static Measurement bytes(Result<?> result) {
        return Measurement.bytes(result.getScore(), result.getScoreError());
    }

    private static Measurement millis(Result<?> result) {
        return Measurement.millis(result.getScore(), result.getScoreError());
    }
}
