package org.climatecity.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The validator a user of another language would pick instead of the {@code validate} command: Node's ajv (with
 * ajv-formats, draft 2020-12, strict mode), which the serialization README recommends, compiling the published schema
 * and validating one document in a fresh process ({@code validate.cjs} in this package's resources).
 *
 * <p>ajv is installed once with npm into a folder that later runs reuse: the one named by the system property
 * {@value #DIRECTORY_PROPERTY}, else {@code ajv} beside this code's jar ({@code benchmarks/target/ajv}). Where Node or
 * npm is missing or the install fails, {@link #prepare()} says why and the figures that need ajv are skipped.
 *
 * @since 0.1.0
 */
public final class AjvValidator {

    /** The system property that names the folder ajv is installed in. */
    public static final String DIRECTORY_PROPERTY = "climatecity.ajv.dir";

    private static final String RESOURCES = "ajv/";
    private static final String SCRIPT = "validate.cjs";
    private static final long INSTALL_MINUTES = 5;

    private final Path directory;

    private AjvValidator(Path directory) {
        this.directory = directory;
    }

    /**
     * Installs ajv where needed and returns the validator, or why there is none.
     *
     * @return the validator, or the reason it is missing (Node or npm not found, the install failed)
     */
    public static Prepared prepare() {
        Path directory = directory();
        try {
            Files.createDirectories(directory);
            for (String file : List.of("package.json", SCRIPT)) {
                try (InputStream in = AjvValidator.class.getResourceAsStream(RESOURCES + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the benchmarks jar has no " + RESOURCES + file);
                    }
                    Files.write(directory.resolve(file), in.readAllBytes());
                }
            }
            Optional<String> node = version("node");
            if (node.isEmpty()) {
                return new Prepared(Optional.empty(), "Node (node) was not found on the PATH");
            }
            if (!Files.isDirectory(directory.resolve("node_modules").resolve("ajv-formats"))) {
                String failure = install(directory);
                if (failure != null) {
                    return new Prepared(Optional.empty(), failure);
                }
            }
            return new Prepared(Optional.of(new AjvValidator(directory)), "Node " + node.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare ajv in " + directory, e);
        }
    }

    /**
     * Returns the command that validates a document against a schema with ajv in a fresh Node process.
     *
     * @param schema the schema file, not null
     * @param document the document file, not null
     * @return the command, not null
     */
    public List<String> command(Path schema, Path document) {
        return List.of("node", directory.resolve(SCRIPT).toString(), schema.toString(), document.toString());
    }

    /**
     * A validator, or the reason there is none.
     *
     * @param validator the validator, or empty
     * @param note the Node version, or why the validator is missing
     */
    public record Prepared(Optional<AjvValidator> validator, String note) {
    }

    private static Path directory() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        try {
            Path codeSource = Path.of(AjvValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = codeSource.getParent();
            if (parent != null) {
                return parent.resolve("ajv").toAbsolutePath();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: the temporary folder instead
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "climate-city-ajv").toAbsolutePath();
    }

    /** Returns the output of {@code TOOL --version}, or empty when the tool cannot be run. */
    private static Optional<String> version(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs {@code npm install} in the folder; returns null when it worked, else what went wrong. */
    private static String install(Path directory) throws IOException {
        if (version("npm").isEmpty()) {
            return "npm was not found on the PATH, so ajv cannot be installed";
        }
        Path log = directory.resolve("npm-install.log");
        Process process = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund")
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "npm install of ajv took longer than " + INSTALL_MINUTES + " minutes (see " + log + ")";
            }
            return process.exitValue() == 0 ? null
                    : "npm install of ajv exited with " + process.exitValue() + " (see " + log + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while installing ajv";
        }
    }
}
