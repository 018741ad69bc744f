package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML documents: the same model, the same problems with paths and lines. */
class YamlDocumentsTest {

    private final ClimateCityDocuments yaml = ClimateCityDocuments.builder().format(DocumentFormat.YAML).build();
    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void roundTripsTheCanonicalScenario() {
        String text = yaml.writeToString(canonical);
        assertThat(text).startsWith("schemaVersion: \"1.0\"\ndataSources:\n");
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
                    country: SE
                    identifiers: [se-kommun:2081]
                programmes:
                  - name: Viable Cities
                    climateNeutralityYear: 2030
                    support:
                      - recipient: borlange
                        kind: funding
                        description: pilot funding
                        amount: {amount: 12500000, currency: SEK}
                """;
        ProgrammeDocument document = yaml.readDocument(text);
        assertThat(document.firstProgramme().support().get(0).amount().toString()).isEqualTo("SEK 12500000");
    }

    @Test
    void reportsEveryProblemWithPathAndLine() {
        String text = """
                schemaVersion: "1.0"
                actors:
                  - type: municipality
                    id: borlange
                    name: Borlänge
                    country: SE
                    identifiers: [se-kommun:208]
                  - type: county
                    code: "20"
                programmes:
                  - name: Viable Cities
                    climateNeutralityYear: soon
                """;
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> yaml.read(text));
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.pointer() + " " + p.code()).containsExactly(
                "7 /actors/0/identifiers/0 invalid-value", "8 /actors/1/type unknown-type",
                "12 /programmes/0/climateNeutralityYear wrong-type");
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
                programmes:
                  - name: "Viable \\ud800Cities"
                    climateNeutralityYear: 2030
                    "x\\udc00": 1
                y: {"\\udfff": 2}
                """;
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> yaml.read(text));
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.pointer() + " " + p.code()).containsExactly(
                "3 /programmes/0/name invalid-encoding", "5 /programmes/0 invalid-encoding",
                "6 /y invalid-encoding");
    }

    /** A valid YAML document without programme, to which a test adds one. */
    private static final String HEAD = "schemaVersion: \"1.0\"\n";

    private static String withProgramme(String name) {
        return HEAD + "programmes:\n  - name: " + name + "\n    climateNeutralityYear: 2030\n";
    }

    private DocumentReadException problems(String text) {
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> yaml.read(text));
        assertThat(e).as("read of %s must fail", text).isNotNull();
        return e;
    }

    @Test
    void rejectsAnAliasRatherThanReadingTheAnchorsName() {
        String text = HEAD + "x: &vc Viable Cities\nprogrammes:\n  - name: *vc\n"
                + "    climateNeutralityYear: 2030\n";
        assertThat(problems(text).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.UNSUPPORTED_YAML);
            assertThat(p.pointer()).isEqualTo("/programmes/0/name");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.message()).isEqualTo("YAML aliases are not supported, found *vc: write the value out in full");
        });
    }

    @Test
    void rejectsMergeKeysWithAnAliasOrAMapping() {
        String alias = HEAD + "base: &base {climateNeutralityYear: 2030}\nprogrammes:\n  - <<: *base\n    name: x\n";
        assertThat(problems(alias).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.UNSUPPORTED_YAML);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("YAML merge keys (<<) are not supported");
        });
        String mapping = HEAD + "programmes:\n  - <<: {climateNeutralityYear: 2030}\n    name: x\n";
        assertThat(problems(mapping).problems()).extracting(Problem::code).containsExactly(Problem.UNSUPPORTED_YAML);
    }

    @Test
    void readsAQuotedLessThanLessThanAsAnOrdinaryName() {
        ReadResult read = yaml.read(withProgramme("x") + "\"<<\": 1\n");
        assertThat(read.unknownProperties().entries()).extracting(UnknownProperties.Entry::pointer)
                .containsExactly("/<<");
    }

    @Test
    void acceptsAnAnchorWithoutAlias() {
        assertThat(yaml.read(withProgramme("&vc Viable Cities")).document().firstProgramme().name())
                .isEqualTo("Viable Cities");
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null", "NULL", "''"})
    void readsEveryYamlNullAsNull(String nothing) {
        String expected = nothing.equals("''") ? "/programmes/0/name invalid-value" : "/programmes/0/name wrong-type";
        assertThat(problems(withProgramme(nothing)).problems()).extracting(p -> p.pointer() + " " + p.code())
                .containsExactly(expected);
    }

    @Test
    void readsAnEmptyValueAsNull() {
        assertThat(problems(HEAD + "programmes:\n  - name:\n    climateNeutralityYear: 2030\n").problems())
                .extracting(p -> p.pointer() + " " + p.code()).containsExactly("/programmes/0/name wrong-type");
    }

    @Test
    void readsQuotedOrTaggedNullSpellingsAsText() {
        assertThat(yaml.readDocument(withProgramme("\"~\"")).firstProgramme().name()).isEqualTo("~");
        assertThat(yaml.readDocument(withProgramme("'NULL'")).firstProgramme().name()).isEqualTo("NULL");
        assertThat(yaml.readDocument(withProgramme("!!str Null")).firstProgramme().name()).isEqualTo("Null");
        assertThat(yaml.readDocument(withProgramme("~x")).firstProgramme().name()).isEqualTo("~x");
    }

    @Test
    void keepsAnUnknownNullAsNull() {
        ReadResult read = yaml.read(withProgramme("x") + "y: ~\n");
        assertThat(read.unknownProperties().entries()).singleElement()
                .satisfies(e -> assertThat(e.value().isNull()).isTrue());
    }

    /**
     * An alias bomb: ten levels of nine aliases each would expand to 9^10 values. The document is otherwise valid, so
     * the only problem is the first alias, and nothing is expanded.
     */
    @Test
    void rejectsAliasExpansionBombs() {
        StringBuilder bomb = new StringBuilder(withProgramme("x") + "a: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        assertThat(problems(bomb.toString()).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.UNSUPPORTED_YAML);
            assertThat(p.pointer()).isEqualTo("/b/0");
            assertThat(p.line()).isEqualTo(6);
        });
    }
}
