package org.climatecity.benchmarks;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The figures of the benchmark table, in print order, and the JMH benchmarks that measure them: the national
 * document's figures in pairs ({@link PairedBenchmark}), the others each side by a benchmark of its own.
 *
 * @since 0.1.0
 */
public final class Figures {

    private static final String JSON_FLOOR = "Jackson 3 token walk over the same bytes";
    private static final String CSV_FLOOR = "Jackson 3 CSV parser over the same bytes, every value a String";

    /** Reading the national document into the typed model vs Jackson databind into plain records. */
    public static final Figure READ = Figure.targeted("read national document (typed)",
            "Jackson 3 databind into plain records", 1.3);
    /** Reading the national document into the typed model vs walking its tokens. */
    public static final Figure READ_FLOOR = Figure.reported("read national document vs token walk (floor)",
            "Jackson 3 token walk over the same bytes");
    /** Reading and validating vs walking the tokens: the floor of any reader. */
    public static final Figure READ_VALIDATE = Figure.targeted("read + validate national document vs token walk",
            "Jackson 3 token walk over the same bytes", 2.0);
    /** Reading and validating vs what a Java user would pick instead: the published schema with networknt. */
    public static final Figure READ_VALIDATE_SCHEMA = Figure.targeted(
            "read + validate national document vs JSON Schema validator",
            "networknt json-schema-validator: parse and validate against the published schema", 0.5);
    /** Writing the national document vs Jackson writing the plain records. */
    public static final Figure WRITE = Figure.targeted("write national document",
            "Jackson 3 write of the plain records", 1.0);
    /** The bytes that writing the national document allocates vs what Jackson's write of the plain records does. */
    public static final Figure WRITE_ALLOCATION = Figure.targeted("write national document, bytes allocated",
            "Jackson 3 write of the plain records", 1.0);
    /** The heap held while streaming the national document, beyond the model, vs the size of its JSON. */
    public static final Figure WRITE_STREAM_MEMORY = Figure.targeted("heap held while streaming a write",
            "size of the JSON document", 0.05);
    /** Scaling projection vs a primitive-array loop. */
    public static final Figure SCALING = Figure.targeted("scaling projection 100k × 26 years",
            "hand-written loop over primitive arrays, jurisdiction × year", 3.0);
    /** Scaling projection vs the primitive-array loop that sums the drivers once, as the library does. */
    public static final Figure SCALING_FLOOR = Figure.reported("scaling projection vs summed-once loop (floor)",
            "primitive loop summing the drivers once");
    /** The scaling projection over 1,000 draws of its uncertain inputs vs the floor loop once per draw. */
    public static final Figure SCALING_DRAWS = Figure.reported(
            "scaling projection 100k × 26 years × 1,000 draws", "primitive loop summing the drivers once per draw");
    /** Trends vs a hand-written loop. */
    public static final Figure TRENDS = Figure.targeted("290 trends (LAD + OLS)",
            "hand-written loop, same figures", 2.0);
    /** Heap held by the national model vs its JSON size. */
    public static final Figure HEAP = Figure.targeted("heap retained by national model",
            "size of the JSON document", 1.5);
    /** Reading and validating the EU-scale document (100,000 places) vs walking its tokens, single shots. */
    public static final Figure SCALE_READ_VALIDATE = Figure.targeted(
            "read + validate EU-scale document (100,000 places) vs token walk", "Jackson 3 token walk over the same bytes",
            2.2);
    /** Heap held by the EU-scale model vs its JSON size. */
    public static final Figure SCALE_HEAP = Figure.targeted("heap retained by EU-scale model",
            "size of the JSON document", 1.5);
    /** The trends of all 100,000 places of the EU-scale document vs the hand-written loop. */
    public static final Figure SCALE_TRENDS = Figure.reported("100,000 trends (LAD + OLS) of the EU-scale document",
            "hand-written loop, same figures");
    /** {@code report} of the command line on the EU-scale document, one shot, vs a single shot of read + validate. */
    public static final Figure SCALE_REPORT = Figure.reported("report on EU-scale document (100,000 places)",
            "read + validate of the same document, median single shot");
    /** Main job wall time, run as documented (archive, first JIT tier), vs {@code java -version}. */
    public static final Figure MAIN_JOB = Figure.reported("main job, fresh JVM, as documented",
            "java -version, fresh JVM, wall time");
    /** Main job wall time as plain {@code java -jar} vs {@code java -version}. */
    public static final Figure MAIN_JOB_PLAIN = Figure.reported("main job, fresh JVM, plain java -jar",
            "java -version, fresh JVM, wall time");
    /** {@code validate} of the embedded document, as documented, vs {@code java -version}. */
    public static final Figure VALIDATE_SMALL = Figure.reported("validate embedded document, fresh JVM, as documented",
            "java -version, fresh JVM, wall time");
    /** {@code validate} of the embedded document as plain {@code java -jar} vs Node's ajv, both fresh processes. */
    public static final Figure VALIDATE_AJV_PLAIN = Figure.targeted("validate embedded document vs ajv, plain java -jar",
            "node: ajv compiles the published schema and validates the same file, fresh process", 1.0);
    /** {@code validate} of the embedded document as documented vs Node's ajv, both fresh processes. */
    public static final Figure VALIDATE_AJV_DOCUMENTED = Figure.targeted(
            "validate embedded document vs ajv, as documented",
            "node: ajv compiles the published schema and validates the same file, fresh process", 0.6);

    /**
     * Each importer on its real sample and on that sample repeated 100 times vs Jackson's parser alone over the same
     * bytes, in the order of {@link org.climatecity.benchmarks.workload.ImportSamples}: Klimatkollen, CityCatalyst,
     * OpenClimate, each real then repeated ({@link ImportFigures}).
     */
    public static final List<Figure> IMPORTS = List.of(
            importing("Klimatkollen real sample (290 municipalities)", JSON_FLOOR),
            importing("Klimatkollen sample × 100", JSON_FLOOR),
            importing("CityCatalyst real samples (10 files)", CSV_FLOOR),
            importing("CityCatalyst samples × 100", CSV_FLOOR),
            importing("OpenClimate real sample (EU Covenant of Mayors)", CSV_FLOOR),
            importing("OpenClimate sample × 100", CSV_FLOOR));

    private static Figure importing(String sample, String floor) {
        return Figure.targeted("import " + sample, floor, 3.0);
    }

    private static final String PREFIX = "org.climatecity.benchmarks.";

    /** What a JMH figure compares. */
    public enum Metric {
        /** Wall time per operation, JMH's primary result. */
        TIME,
        /** Bytes allocated per operation, JMH's {@code gc.alloc.rate.norm} (the {@code gc} profiler). */
        ALLOCATION
    }

    /**
     * A figure measured by JMH: the benchmark that measures the library and the one that measures its baseline.
     *
     * @param figure the figure, not null
     * @param library the library's benchmark, as {@code Class.method} of this package, not null
     * @param baseline the baseline's benchmark, as {@code Class.method} of this package, not null
     * @param metric what the ratio compares, not null
     * @param quick whether a quick run measures it: only figures whose code settles within a quick run's warm-up
     */
    public record Timed(Figure figure, String library, String baseline, Metric metric, boolean quick) {

        /**
         * Creates a JMH figure.
         *
         * @param figure the figure, not null
         * @param library the library's benchmark, not null
         * @param baseline the baseline's benchmark, not null
         * @param metric what the ratio compares, not null
         * @param quick whether a quick run measures it
         */
        public Timed {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(metric, "metric");
        }

        /**
         * Returns the full JMH name of the library's benchmark.
         *
         * @return the name, such as {@code org.climatecity.benchmarks.ReadBenchmark.library}
         */
        public String libraryName() {
            return PREFIX + library;
        }

        /**
         * Returns the full JMH name of the baseline's benchmark.
         *
         * @return the name, not null
         */
        public String baselineName() {
            return PREFIX + baseline;
        }
    }

    /**
     * A figure measured by {@link PairedBenchmark}: both sides alternate in one JVM, and the ratio is taken per
     * iteration.
     *
     * @param figure the figure, not null
     * @param pair the pair of operations that measures it, not null
     * @param metric what the ratio compares, not null
     */
    public record Paired(Figure figure, PairedBenchmark.Pair pair, Metric metric) {

        /**
         * Creates a paired figure.
         *
         * @param figure the figure, not null
         * @param pair the pair, not null
         * @param metric what the ratio compares, not null
         */
        public Paired {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(pair, "pair");
            Objects.requireNonNull(metric, "metric");
        }
    }

    /** The full JMH name of the paired benchmark. */
    public static final String PAIRED_BENCHMARK = PREFIX + "PairedBenchmark.pair";

    /** The figures of the national document, measured in pairs, in print order. */
    public static final List<Paired> PAIRED = List.of(
            new Paired(READ, PairedBenchmark.Pair.READ_PLAIN, Metric.TIME),
            new Paired(READ_FLOOR, PairedBenchmark.Pair.READ_WALK, Metric.TIME),
            new Paired(READ_VALIDATE, PairedBenchmark.Pair.VALIDATE_WALK, Metric.TIME),
            new Paired(READ_VALIDATE_SCHEMA, PairedBenchmark.Pair.VALIDATE_SCHEMA, Metric.TIME),
            new Paired(WRITE, PairedBenchmark.Pair.WRITE_PLAIN, Metric.TIME),
            new Paired(WRITE_ALLOCATION, PairedBenchmark.Pair.WRITE_PLAIN, Metric.ALLOCATION));

    /** The other JMH figures, each side a benchmark of its own, in print order after {@link #PAIRED}. */
    public static final List<Timed> TIMED = List.of(
            // the scaling figures are left out of a quick run: in its one JVM they came out further from the full run's
            // than the 25 % a quick figure may differ by
            new Timed(SCALING, "ScalingBenchmark.library", "ScalingBenchmark.primitiveLoop", Metric.TIME, false),
            new Timed(SCALING_FLOOR, "ScalingBenchmark.library", "ScalingBenchmark.primitiveFloor", Metric.TIME,
                    false),
            new Timed(SCALING_DRAWS, "ScalingDrawsBenchmark.library", "ScalingDrawsBenchmark.primitiveFloor",
                    Metric.TIME, false),
            new Timed(TRENDS, "TrendBenchmark.library", "TrendBenchmark.handLoop", Metric.TIME, true));

    /**
     * Returns the simple class names of the benchmarks that a full run measures: the paired benchmark and those that
     * the other figures name. The single-operation benchmarks of reading, validating and writing are left to
     * {@code --only}.
     *
     * @return the class names, such as {@code ScalingBenchmark}, not null
     */
    public static List<String> fullBenchmarkClasses() {
        return Stream.concat(Stream.of("PairedBenchmark"), classes(TIMED.stream())).distinct().toList();
    }

    /**
     * Returns the simple class names of the benchmarks that a quick run measures.
     *
     * @return the class names, such as {@code TrendBenchmark}, not null
     */
    public static List<String> quickBenchmarkClasses() {
        return classes(TIMED.stream().filter(Timed::quick)).distinct().toList();
    }

    private static Stream<String> classes(Stream<Timed> timed) {
        return timed.flatMap(t -> Stream.of(t.library(), t.baseline()))
                .map(name -> name.substring(0, name.indexOf('.')));
    }

    private Figures() {
    }
}
