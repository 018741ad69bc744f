package org.climatecity.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.runner.options.WarmupMode;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs all benchmarks through the JMH runner API and prints each figure as a ratio against its baseline.
 *
 * <pre>
 * java -jar benchmarks/target/climate-city-benchmarks.jar [--quick] [--markdown] [--prof NAME]... [--only REGEX]
 * </pre>
 *
 * <p>{@code --quick} runs every benchmark in this JVM with a few short iterations (under a minute on two cores; its
 * figures are rough); the default is the full run (two forked JVMs per benchmark, ten warm-up iterations of a second
 * and five measured ones of two seconds; about nine minutes). The exit code of a full run is 0 when every target is met,
 * 1 when one is missed; a quick run exits with 0 once every benchmark ran; 2 is a usage error.
 *
 * @since 0.1.0
 */
public final class BenchmarkRunner {

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

        /** Quick runs share this JVM (no forks): no JVM starts, and code warmed by one benchmark stays warm. */
        int forks() {
            return quick ? 0 : 2;
        }

        /** On two cores the JIT needs about ten seconds to compile the reading and writing code fully. */
        int warmupIterations() {
            return quick ? 2 : 10;
        }

        /**
         * A quick run warms every benchmark up before measuring any, then each again: in one JVM, code that a later
         * benchmark shares with an earlier one would otherwise be compiled for the earlier one only.
         */
        WarmupMode warmupMode() {
            return quick ? WarmupMode.BULK_INDI : WarmupMode.INDI;
        }

        TimeValue warmupTime() {
            return quick ? TimeValue.milliseconds(400) : TimeValue.seconds(1);
        }

        int measurementIterations() {
            return quick ? 3 : 5;
        }

        TimeValue measurementTime() {
            return quick ? TimeValue.milliseconds(400) : TimeValue.seconds(2);
        }

        int mainJobRepeats() {
            return quick ? 2 : 10;
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
                "  --only REGEX  run only the JMH benchmarks matching REGEX (skips heap and main-job figures)");
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
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(settings.only().isEmpty() ? "^org\\.climatecity\\.benchmarks\\..*Benchmark\\."
                        : settings.only())
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(settings.warmupTime())
                .warmupMode(settings.warmupMode())
                .measurementIterations(settings.measurementIterations())
                .measurementTime(settings.measurementTime())
                .jvmArgsAppend("-Xms2g", "-Xmx2g", "-D" + Workloads.NATIONAL_JSON_PROPERTY + "=" + jsonFile)
                .shouldFailOnError(true)
                .verbosity(settings.quick() ? VerboseMode.SILENT : VerboseMode.NORMAL);
        for (String profiler : settings.profilers()) {
            int colon = profiler.indexOf(':');
            if (colon > 0) {
                options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
            } else {
                options.addProfiler(profiler);
            }
        }
        Map<String, Result<?>> byName = new HashMap<>();
        if (BenchmarkRunner.class.getResource("/META-INF/BenchmarkList") != null) {
            Collection<RunResult> results = new Runner(options.build()).run();
            for (RunResult result : results) {
                byName.put(result.getParams().getBenchmark(), result.getPrimaryResult());
            }
        } else {
            out.println("no JMH benchmarks compiled into this build; only the process-level figures run");
        }
        List<FigureRow> rows = new ArrayList<>();
        for (Figures.Timed timed : Figures.TIMED) {
            Result<?> library = byName.get(timed.libraryName());
            Result<?> baseline = byName.get(timed.baselineName());
            if (library != null && baseline != null) {
                rows.add(new FigureRow(timed.figure(), millis(library), millis(baseline)));
            }
        }
        if (settings.only().isEmpty()) {
            rows.add(HeapFootprint.measure(json, settings.quick() ? 3 : 7));
            rows.add(MainJobTiming.measure(settings.mainJobRepeats(), !settings.quick()));
        }
        FigureTable table = new FigureTable(rows);
        out.println();
        out.printf("climate-city benchmarks (%s run, Java %s, %d cores, %.0f s)%n",
                settings.quick() ? "quick" : "full", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), (System.nanoTime() - start) / 1e9);
        out.print(table.toText());
        if (settings.quick()) {
            out.println("quick run: rough figures from short iterations in one JVM; on two cores the reads need about"
                    + " ten seconds of warm-up, which a quick run does not give them. Judge targets by the full run.");
        }
        if (settings.markdown()) {
            out.println();
            out.print(table.toMarkdown());
        }
        return table;
    }

    private static Measurement millis(Result<?> result) {
        return Measurement.millis(result.getScore(), result.getScoreError());
    }
}
