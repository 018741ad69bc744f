package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Numbers at the edges of a double: too large and too small in size are treated alike in the model's number fields
 * (rejected with their pointer), and kept as given in an unknown property; a negative zero keeps its sign.
 */
class NumberEdgesTest {

    private static final ClimateCityDocuments JSON = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments YAML = ClimateCityDocuments.builder().format(DocumentFormat.YAML)
            .build();

    /** A valid document without the closing brace of its root. */
    private static final String OPEN_DOCUMENT = "{\"schemaVersion\":\"1.0\","
            + "\"programmes\":[{\"name\":\"Viable Cities\",\"climateNeutralityYear\":2030}]";

    private static String canonicalWithFirstFigure(String figure) {
        String json = JSON.writeToString(CanonicalScenario.document());
        String first = "\"tonnesCo2e\" : 21486.34";
        String spaced = json.contains(first) ? first : "\"tonnesCo2e\": 21486.34";
        assertThat(json).contains(spaced);
        return json.replace(spaced, "\"tonnesCo2e\": " + figure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "1e-400", "-1e-400", "0.0000000000000000000000001e-330"})
    void aFigureOutOfTheRangeOfADoubleIsAProblemWithItsPointer(String figure) {
        List<Problem> problems = catchThrowableOfType(DocumentReadException.class,
                () -> JSON.read(canonicalWithFirstFigure(figure))).problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/inventories/0/entries/0/tonnesCo2e");
            assertThat(problem.code()).isEqualTo("invalid-value");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0e-400", "-0.0", "4.9e-324", "1.7e308"})
    void zeroAndFiguresWithinTheRangeAreRead(String figure) {
        assertThat(JSON.read(canonicalWithFirstFigure(figure)).document()).isNotNull();
    }

    @Test
    void aNegativeZeroFigureKeepsItsSign() {
        ReadResult read = JSON.read(canonicalWithFirstFigure("-0.0"));
        Double figure = read.document().inventories().get(0).entries().get(0).tonnesCo2e();
        assertThat(Double.doubleToRawLongBits(figure)).isEqualTo(Double.doubleToRawLongBits(-0.0));
        for (ClimateCityDocuments format : List.of(JSON, YAML)) {
            Double back = format.read(format.writeToString(read)).document().inventories().get(0).entries().get(0)
                    .tonnesCo2e();
            assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(-0.0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.0", "-0", "-0e5", "-0.000"})
    void aNegativeZeroInAnUnknownPropertyKeepsItsSign(String zero) {
        ReadResult read = JSON.read(OPEN_DOCUMENT + ",\"x-zero\":" + zero + "}");
        assertNegativeZero(read);
        for (ClimateCityDocuments format : List.of(JSON, YAML)) {
            assertNegativeZero(format.read(format.writeToString(read)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "1e-400", "-1e-400"})
    void aNumberOutOfTheRangeOfADoubleInAnUnknownPropertyIsKeptAsGiven(String number) {
        ReadResult read = JSON.read(OPEN_DOCUMENT + ",\"x-number\":" + number + "}");
        JsonNode value = read.unknownProperties().entries().get(0).value();
        assertThat(value.decimalValue()).isEqualByComparingTo(number);
        for (ClimateCityDocuments format : List.of(JSON, YAML)) {
            assertThat(format.read(format.writeToString(read)).unknownProperties().entries().get(0).value()
                    .decimalValue()).isEqualByComparingTo(number);
        }
    }

    private static void assertNegativeZero(ReadResult read) {
        JsonNode value = read.unknownProperties().entries().get(0).value();
        assertThat(value.isNumber()).isTrue();
        assertThat(Double.doubleToRawLongBits(value.doubleValue())).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }
}
