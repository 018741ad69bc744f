package org.climatecity.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code climate-city} in a new JVM, as {@code java -jar climate-city.jar} would, under a POSIX shell that can
 * first set limits ({@code ulimit -f}) or redirect standard output ({@code exec >/dev/full}).
 *
 * @param exit the exit code
 * @param out what went to standard output, unless the shell sent it elsewhere
 * @param err what went to standard error
 */
record CliProcess(int exit, String out, String err) {

    /**
     * Runs the command line.
     *
     * @param shell shell commands to run first, each ending with {@code ;}, or empty
     * @param dir the working folder
     * @param args the arguments
     */
    static CliProcess of(String shell, Path dir, String... args) throws IOException, InterruptedException {
        return of(List.of(), shell, dir, args);
    }

    /**
     * Runs the command line in a JVM with options, such as a heap limit.
     *
     * @param jvmOptions options of the JVM, such as {@code -Xmx96m}
     * @param shell shell commands to run first, each ending with {@code ;}, or empty
     * @param dir the working folder
     * @param args the arguments
     */
    static CliProcess of(List<String> jvmOptions, String shell, Path dir, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", shell + " exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("climate-city-out", ".txt");
        Path err = Files.createTempFile("climate-city-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("climate-city " + String.join(" ", args) + " did not end in 120 s");
            }
            return new CliProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Copies the embedded document, 57 kB of JSON, to a file. */
    static Path embeddedDocument(Path file) throws IOException {
        try (var in = CliProcess.class.getResourceAsStream(org.climatecity.examples.DocumentFiles.EMBEDDED_RESOURCE)) {
            Files.copy(in, file);
        }
        return file;
    }
}
