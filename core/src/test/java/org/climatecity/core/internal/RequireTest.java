package org.climatecity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequireTest {

    @Test
    void copiesListsAndSetsAndStripsTexts() {
        List<String> source = new ArrayList<>(List.of(" a ", "b"));
        List<String> copy = Require.texts(source, "names");
        source.clear();

        assertThat(copy).containsExactly("a", "b");
        assertThat(Require.set(new HashSet<>(List.of(3, 1, 2)), "n")).containsExactly(1, 2, 3);
        assertThat(Require.optionalText(null, "note")).isNull();
        assertThat(Require.distinctList(List.of(1, 2), "n")).containsExactly(1, 2);
    }

    @Test
    void rejectsNullElementsAndRepeats() {
        List<String> withNull = new ArrayList<>();
        withNull.add("a");
        withNull.add(null);
        Set<String> setWithNull = new HashSet<>();
        setWithNull.add(null);

        assertThatThrownBy(() -> Require.list(withNull, "names")).isInstanceOf(ClimateCityException.class)
                .hasMessage("names must not contain null, was null at index 1");
        assertThatThrownBy(() -> Require.set(setWithNull, "names")).isInstanceOf(ClimateCityException.class)
                .hasMessage("names must not contain null");
        assertThatThrownBy(() -> Require.set(null, "names")).isInstanceOf(ClimateCityException.class)
                .hasMessage("names must not be null");
        assertThatThrownBy(() -> Require.distinct(List.of("a", "b", "a"), "names"))
                .isInstanceOf(ClimateCityException.class).hasMessage("names must not repeat a value, repeated 'a'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "share|1.01|x must be a share between 0 and 1, was 1.01",
        "share|-0.01|x must be a share between 0 and 1, was -0.01",
        "percent|100.01|x must be from 0 to 100, was 100.01",
        "nonNegative|-1|x must not be negative, was -1.0",
        "finite|Infinity|x must be a finite number, was Infinity",
    })
    void rejectsNumbersOutOfRange(String check, double value, String message) {
        assertThatThrownBy(() -> {
            switch (check) {
                case "share" -> Require.share(value, "x");
                case "percent" -> Require.percent(value, "x");
                case "nonNegative" -> Require.nonNegative(value, "x");
                default -> Require.finite(value, "x");
            }
        }).isInstanceOf(ClimateCityException.class).hasMessage(message);
    }

    @Test
    void acceptsTheBoundsOfEachRange() {
        assertThat(Require.share(0, "x")).isZero();
        assertThat(Require.share(1, "x")).isEqualTo(1);
        assertThat(Require.percent(100, "x")).isEqualTo(100);
        assertThat(Require.year(1900, "y")).isEqualTo(1900);
        assertThat(Require.year(2200, "y")).isEqualTo(2200);
    }

    @Test
    void failsWithTheGivenMessageWhenAConditionDoesNotHold() {
        Require.that(true, "never");
        assertThatThrownBy(() -> Require.that(false, "rule, was 'x'")).isInstanceOf(ClimateCityException.class)
                .hasMessage("rule, was 'x'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.covenantofmayors.eu/about/signatories/action-plan.html?scity_id=14214|true",
        "http://klimatkollen.se|true",
        "https://a.b-c.org/x;y:z@w&v=+$,~*'()!/?q=1?r|true",
        "https://localhost/|true",
        "HTTPS://example.org|false",
        "https://example.org:8080/|false",
        "https://user@example.org/|false",
        "https://example.org/a#top|false",
        "https://example.org/a%20b|false",
        "https://192.168.0.1/|false",
        "https://example.123/|false",
        "https://-example.org/|false",
        "https://example-.org/|false",
        "https://example..org/|false",
        "https://example.org./|false",
        "https:///path|false",
        "https://|false",
        "https://ex_ample.org/|false",
        "https://example.org/a b|false",
        "ftp://example.org/|false",
    })
    void takesOnlyPlainAddressesWithoutParsingThem(String url, boolean plain) {
        assertThat(Require.plainHttpUrl(url)).isEqualTo(plain);
    }

    @Test
    void acceptsWithoutParsingOnlyAddressesThatAUriParsesAsAbsoluteHttpWithAHost() throws Exception {
        // every address taken as plain must be one the full check accepts: random addresses of the tricky characters
        java.util.Random random = new java.util.Random(29);
        String alphabet = "aZ09-.-._~!*'();/?:@&=+$,#%[] \u00e9";
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "http://" : "https://");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                url.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (Require.plainHttpUrl(url.toString())) {
                plain++;
                java.net.URI uri = new java.net.URI(url.toString());
                assertThat(uri.isAbsolute() && uri.getHost() != null).as(url.toString()).isTrue();
                assertThat(uri.getScheme()).isIn("http", "https");
            }
        }
        assertThat(plain).isGreaterThan(1000);
    }
}
