package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.climatecity.core.document.ProgrammeDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the code of this module's README true: the same statements, on the files it names, which exist. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");

    @TempDir
    Path work;

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void readsAndWritesTheDocumentTheReadmeNames() throws Exception {
        Path file = ROOT.resolve("examples/src/main/resources/org/climatecity/examples/borlange-avesta-dalarna.json");
        Path copy = work.resolve("borlange-copy.json");
        // --- README: from here
        ClimateCityDocuments documents = ClimateCityDocuments.defaults();       // JSON, pretty, validating
        try {
            ReadResult read = documents.read(file);
            ProgrammeDocument document = read.document();
            documents.write(read.withDocument(document), copy);   // a changed document keeps what it did not know
        } catch (DocumentReadException e) {
            e.problems().forEach(System.err::println);   // 65:9 /actors/1/identifiers/0: municipality code must be 4 digits, was '149' [invalid-value]
        }
        // --- README: to here
        assertThat(copy).hasSameTextualContentAs(file);

        String test = Files.readString(Path.of("src/test/java/org/climatecity/serialization/ReadmeTest.java"));
        String from = "// --- README: from here";
        String snippet = test.substring(test.indexOf(from) + from.length() + 1,
                test.indexOf("        // --- README: to here")).lines().map(line -> line.substring(8))
                .collect(Collectors.joining("\n"));
        String readme = readme();
        assertThat(readme).contains(snippet)
                .contains("Path file = Path.of(\"examples/src/main/resources/org/climatecity/examples/"
                        + "borlange-avesta-dalarna.json\");")
                .contains("Path copy = Path.of(\"borlange-copy.json\");");

        // the problem the comment shows is the one a three-digit code of the second actor gives
        String broken = Files.readString(file).replace("\"se-kommun:1490\"", "\"se-kommun:149\"");
        DocumentReadException problems = catchThrowableOfType(DocumentReadException.class,
                () -> documents.read(broken));
        Matcher comment = Pattern.compile("System.err::println\\);\\s+// (.*)").matcher(snippet);
        assertThat(comment.find()).isTrue();
        assertThat(problems.problems()).extracting(Problem::toString).containsExactly(comment.group(1));
    }

    /** The README's example document reads without a problem. */
    @Test
    void theExampleDocumentIsValid() throws Exception {
        Matcher json = Pattern.compile("(?ms)^```json\\n(\\{\\n  \"schemaVersion\".*?)^```$").matcher(readme());
        assertThat(json.find()).as("the README's example document").isTrue();
        ProgrammeDocument document = ClimateCityDocuments.defaults().readDocument(json.group(1));
        assertThat(document.actors()).hasSize(2);
    }
}
