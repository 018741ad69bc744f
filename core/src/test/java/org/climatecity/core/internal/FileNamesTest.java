package org.climatecity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    private static final String PORTABLE = "[a-z0-9]+(-[a-z0-9]+)*";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2081                | emissions-2081.svg",
        "investment-plan-dalarna | emissions-investment-plan-dalarna.svg"})
    void keepsASlugAsItIs(String data, String name) {
        assertThat(FileNames.of("emissions", data, "svg")).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lau:FI:091          | lau-fi-091-",
        "locode:FR LIO       | locode-fr-lio-",
        "a/../../../escaped  | a-escaped-",
        "2081+2084           | 2081-2084-",
        "Borlänge            | borlange-",
        "../..               | ''",
        "CON                 | con-"})
    void makesAnyOtherTextItsSlugAndAHash(String data, String start) {
        String portable = FileNames.portable(data);
        assertThat(portable).startsWith(start).matches(PORTABLE).hasSize(start.length() + 12);
    }

    @Test
    void boundsTheLengthOfLongTexts() {
        assertThat(FileNames.portable("x".repeat(1_000_000))).hasSize(FileNames.MAX_SLUG + 13).matches(PORTABLE);
        assertThat(FileNames.portable("/".repeat(1_000_000))).hasSize(12).matches(PORTABLE);
    }

    @Test
    void givesDifferentTextsDifferentNamesAlsoWhereCaseIsIgnored() {
        Random random = new Random(24);
        Set<String> texts = new HashSet<>();
        Set<String> names = new HashSet<>();
        String alphabet = "aAbB-+: /.\\\u0000\u00e4\uD800";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (texts.add(text.toString())) {
                String name = FileNames.of("chart", text.toString(), "svg");
                assertThat(name).matches("chart-" + PORTABLE + "\\.svg");
                assertThat(names.add(name.toLowerCase(Locale.ROOT))).as("name of '%s'", text).isTrue();
            }
        }
    }
}
