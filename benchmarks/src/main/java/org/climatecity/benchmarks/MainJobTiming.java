package org.climatecity.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.climatecity.serialization.ClimateCityDocuments;

/**
 * Times the command-line tool in fresh JVMs against {@code java -version} in fresh JVMs of the same Java, and
 * {@code validate} against Node's ajv in fresh processes ({@link AjvValidator}), alternating the two sides so that both
 * see the same machine load, and takes each figure's ratio pair by pair (the median of the pairs' ratios): the main job ({@code java -jar examples/target/climate-city.jar}
 * with no arguments) and {@code validate} of the embedded example document, each run the way the README documents,
 * with a class-data archive of the tool's classes and the JIT's first tier only, and the main job also as plain
 * {@code java -jar}.
 *
 * <p>The archive is made by one uncounted training run of the main job, as the README tells users to: a dynamic
 * class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), on every Java
 * from 17 (on Java 25 it also served {@code validate} better than an AOT cache).
 *
 * <p>The runs work in a temporary directory, so the report and the archive land there and are deleted afterwards.
 * The benchmarks do not depend on the examples module: they run its built, self-contained jar as a process, found in
 * the working directory's {@code examples/target}, beside this code's own {@code target} folder, or at the path given
 * by the system property {@value #EXAMPLES_JAR_PROPERTY}.
 *
 * @since 0.1.0
 */
public final class MainJobTiming {

    /** The system property that gives the examples jar's path, for a benchmarks jar run from elsewhere. */
    public static final String EXAMPLES_JAR_PROPERTY = "climatecity.examples.jar";

    private static final String EXAMPLES_JAR = "examples/target/climate-city.jar";
    private static final String EMBEDDED_DOCUMENT = "org/climatecity/examples/borlange-avesta-dalarna.json";

    private MainJobTiming() {
    }

    /**
     * Measures the main job with and without the class-data archive and {@code validate} of the embedded document
     * with it, each against {@code java -version}: the median wall time of some fresh-JVM runs, optionally after one
     * run of each that is not counted (it fills the file cache).
     *
     * @param repeats the number of counted runs of each, at least 1
     * @param warmUp whether to run each once first without counting it
     * @param notes receives what was skipped and why (ajv needs Node and npm), not null
     * @return the rows: the main job as documented, the main job without archive, validate as documented, and
     *     validate as plain {@code java -jar} and as documented against ajv where Node is found
     * @throws IllegalStateException if a run fails
     */
    public static List<FigureRow> measure(int repeats, boolean warmUp, Consumer<String> notes) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> version = List.of(java, "-version");
        Path work = createWorkDirectory();
        try {
            Path archive = work.resolve(archiveName());
            run(trainingCommand(java, archive), work);
            Path document = extractEmbeddedDocument(work);
            List<String> archived = archiveOptions(archive);
            List<String> validate = List.of("-jar", requireExamplesJar().toString(), "validate", document.toString());
            List<FigureRow> rows = new ArrayList<>(List.of(
                    row(Figures.MAIN_JOB, concat(java, archived, mainJobArguments()), version, work, repeats, warmUp),
                    row(Figures.MAIN_JOB_PLAIN, mainJobCommand(java), version, work, repeats, warmUp),
                    row(Figures.VALIDATE_SMALL, concat(java, archived, validate), version, work, repeats, warmUp)));
            AjvValidator.Prepared ajv = AjvValidator.prepare();
            if (ajv.validator().isPresent()) {
                Path schema = work.resolve("climate-city.schema.json");
                Files.writeString(schema, ClimateCityDocuments.jsonSchema());
                List<String> baseline = ajv.validator().get().command(schema, document);
                rows.add(row(Figures.VALIDATE_AJV_PLAIN, concat(java, List.of(), validate), baseline, work, repeats,
                        warmUp));
                rows.add(row(Figures.VALIDATE_AJV_DOCUMENTED, concat(java, archived, validate), baseline, work,
                        repeats, warmUp));
            } else {
                notes.accept("skipped the figures against ajv: " + ajv.note());
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schema for ajv", e);
        } finally {
            deleteRecursively(work);
        }
    }

    private static FigureRow row(Figure figure, List<String> command, List<String> baselineCommand, Path work,
            int repeats, boolean warmUp) {
        if (warmUp) {
            run(baselineCommand, work);
            run(command, work);
        }
        // the ratio is taken pair by pair, as the two runs of a pair see the same machine; a figure wider than the
        // runner's margin gets as many pairs again, as the single shots do
        return SingleShots.rounds(figure, () -> run(command, work), () -> run(baselineCommand, work), repeats, false);
    }

    private static String archiveName() {
        return "climate-city.jsa";
    }

    /**
     * Returns the command of the training run that writes the archive: the main job with the option that records
     * its classes.
     *
     * @param java the java executable, not null
     * @param archive the archive to write, not null
     * @return the command, not null
     */
    static List<String> trainingCommand(String java, Path archive) {
        return concat(java, List.of("-XX:ArchiveClassesAtExit=" + archive), mainJobArguments());
    }

    /**
     * Returns the options that the README documents for running the tool: the archive, only the quick first tier
     * of the JIT compiler, as a run of the tool is short and the optimising compiler would only compete with it for
     * the cores, and one compiler thread.
     *
     * @param archive the archive, not null
     * @return the options, not null
     */
    static List<String> archiveOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    }

    private static List<String> mainJobArguments() {
        return List.of("-jar", requireExamplesJar().toString());
    }

    private static List<String> concat(String java, List<String> options, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.addAll(arguments);
        return List.copyOf(command);
    }

    /** Copies the examples' embedded document out of the jar: a small document (70 KB) to validate. */
    private static Path extractEmbeddedDocument(Path work) {
        Path document = work.resolve("borlange-avesta-dalarna.json");
        try (JarFile jar = new JarFile(requireExamplesJar().toFile())) {
            JarEntry entry = jar.getJarEntry(EMBEDDED_DOCUMENT);
            if (entry == null) {
                throw new IllegalStateException("the examples jar has no " + EMBEDDED_DOCUMENT);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, document);
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the embedded document out of the examples jar", e);
        }
    }

    /**
     * Returns the command that runs the main job: the examples jar with {@code java -jar}.
     *
     * @param java the java executable, not null
     * @return the command, not null
     * @throws IllegalStateException if the examples jar is not found
     */
    static List<String> mainJobCommand(String java) {
        return List.of(java, "-jar", requireExamplesJar().toString());
    }

    /**
     * Finds the examples jar or explains how to get it.
     *
     * @return the absolute path of the jar, not null
     * @throws IllegalStateException if the jar is not found
     */
    public static Path requireExamplesJar() {
        return examplesJar().orElseThrow(() -> new IllegalStateException("the main job needs the examples jar "
                + EXAMPLES_JAR + ": build it with 'mvn -B -DskipTests package' and run from the project folder, or"
                + " give its path with -D" + EXAMPLES_JAR_PROPERTY + "=PATH"));
    }

    /**
     * Finds the examples jar: at the path of the system property {@value #EXAMPLES_JAR_PROPERTY} when it is set,
     * else in the working directory's {@code examples/target} or beside this code's own jar
     * ({@code benchmarks/target/../../examples/target}).
     *
     * @return the absolute path of the jar, or empty when none exists
     */
    static Optional<Path> examplesJar() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty(EXAMPLES_JAR_PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        } else {
            candidates.add(Path.of(EXAMPLES_JAR));
            try {
                Path codeSource = Path.of(MainJobTiming.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                Path targetDirectory = codeSource.getParent();
                if (targetDirectory != null && targetDirectory.getParent() != null
                        && targetDirectory.getParent().getParent() != null) {
                    candidates.add(targetDirectory.getParent().getParent().resolve(EXAMPLES_JAR));
                }
            } catch (URISyntaxException | RuntimeException e) {
                // no code source to look beside: the working directory is the only candidate
            }
        }
        return candidates.stream().filter(Files::isRegularFile).map(Path::toAbsolutePath).findFirst();
    }

    private static double run(List<String> command, Path work) {
        Path errors = work.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile());
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            int exit = process.waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + exit + ": "
                        + Files.readString(errors));
            }
            return millis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run '" + String.join(" ", command) + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing '" + String.join(" ", command) + "'", e);
        }
    }

    /**
     * Returns the median of some values.
     *
     * @param values the values, at least one
     * @return the median
     */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Returns half the spread (maximum − minimum) of some values, the error margin printed for repeated runs.
     *
     * @param values the values, at least one
     * @return half the spread
     */
    static double halfSpread(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return (max - min) / 2;
    }

    /**
     * Returns half the interquartile range of some values: half the distance between the medians of the lower and the
     * upper half (each half with the middle value of an odd count).
     *
     * @param values the values, at least one
     * @return half the interquartile range
     */
    static double halfInterquartileRange(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int half = (sorted.length + 1) / 2;
        double lower = median(Arrays.copyOfRange(sorted, 0, half));
        double upper = median(Arrays.copyOfRange(sorted, sorted.length - half, sorted.length));
        return (upper - lower) / 2;
    }

    private static Path createWorkDirectory() {
        try {
            return Files.createTempDirectory("climate-city-main-job");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory for the main job", e);
        }
    }

    /** Deletes a folder and what it holds, as far as it can: a leftover temporary folder is harmless. */
    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
