package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a file committed in the source tree, and rewrites the file when the build runs with
 * {@code -Dclimatecity.regenerate=true}.
 */
public final class GoldenFiles {

    public static final String REGENERATE = "climatecity.regenerate";

    private GoldenFiles() {
    }

    /**
     * Checks that a committed file equals the generated text.
     *
     * @param sourcePath the file's path relative to the serialization module
     * @param generated the text the code produces now
     */
    public static void check(String sourcePath, String generated) throws IOException {
        Path file = Path.of(sourcePath);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(generated)
                .as("%s is stale; regenerate it with: mvn -B -pl serialization -am verify"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dtest='%s' -D%s=true, then review and commit it",
                        sourcePath, callerTest(), REGENERATE)
                .isEqualTo(committed);
    }

    private static String callerTest() {
        for (StackTraceElement element : new Throwable().getStackTrace()) {
            String name = element.getClassName();
            if (name.endsWith("Test")) {
                return name.substring(name.lastIndexOf('.') + 1);
            }
        }
        return "*Test";
    }
}
