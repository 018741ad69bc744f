package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;

/** YAML documents: the same model, the same problems with paths and lines. */
class YamlDocumentsTest {

    private final ClimateCityDocuments yaml = ClimateCityDocuments.builder().format(DocumentFormat.YAML).build();
    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void roundTripsTheCanonicalScenario() {
        String text = yaml.writeToString(canonical);
        assertThat(text).startsWith("schemaVersion: \"1.0\"\nactors:\n");
        assertThat(yaml.read(text).document()).isEqualTo(canonical);
        assertThat(yaml.writeToString(canonical)).isEqualTo(text);
    }

    @Test
    void readsHandWrittenYamlWithUnquotedScalars() {
        String text = """
                schemaVersion: "1.0"
                actors:
                  - type: municipality
                    id: borlange
                    name: Borlänge
                    code: "2081"
                programme:
                  name: Viable Cities
                  climateNeutralityYear: 2030
                  support:
                    - recipient: borlange
                      kind: funding
                      description: pilot funding
                      amount: {amount: 12500000, currency: SEK}
                """;
        ProgrammeDocument document = yaml.readDocument(text);
        assertThat(document.programme().support().get(0).amount().toString()).isEqualTo("SEK 12500000");
    }

    @Test
    void reportsEveryProblemWithPathAndLine() {
        String text = """
                schemaVersion: "1.0"
                actors:
                  - type: municipality
                    id: borlange
                    name: Borlänge
                    code: 208
                  - type: county
                    code: "20"
                programme:
                  name: Viable Cities
                  climateNeutralityYear: soon
                """;
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> yaml.read(text));
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.pointer() + " " + p.code()).containsExactly(
                "6 /actors/0/code invalid-value", "7 /actors/1/type unknown-type",
                "11 /programme/climateNeutralityYear wrong-type");
    }

    @Test
    void reportsYamlSyntaxErrorsWithALine() {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                () -> yaml.read("schemaVersion: \"1.0\"\nactors: [\n  - x\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.SYNTAX);
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void rejectsALoneSurrogateInTextsAndNames() {
        String text = """
                schemaVersion: "1.0"
                programme:
                  name: "Viable \\ud800Cities"
                  climateNeutralityYear: 2030
                  "x\\udc00": 1
                y: {"\\udfff": 2}
                """;
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> yaml.read(text));
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.pointer() + " " + p.code()).containsExactly(
                "3 /programme/name invalid-encoding", "5 /programme invalid-encoding", "6 /y invalid-encoding");
    }

    @Test
    void rejectsAliasExpansionBombs() {
        StringBuilder bomb = new StringBuilder("schemaVersion: \"1.0\"\na: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> yaml.read(bomb.toString()));
        assertThat(e).isNotNull();
    }
}
