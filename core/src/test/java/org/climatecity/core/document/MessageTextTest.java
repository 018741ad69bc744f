package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "references unknown actor 'avesta2'|references unknown actor 'avesta2'",
        "${1+1}|\\$\\{1+1\\}",
        "{jakarta.validation.constraints.NotNull.message}|\\{jakarta.validation.constraints.NotNull.message\\}",
        "a \\ b|a \\\\ b",
        "#{x}|#\\{x\\}",
        "\"\"|\"\"",
        "$|\\$",
    })
    void escapesBackslashBracesAndDollarWithABackslash(String message, String template) {
        assertThat(MessageText.escape(message)).isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"plain text", "'borlange' (Borlänge) is a municipality"})
    void returnsTextWithoutSpecialCharactersUnchanged(String message) {
        assertThat(MessageText.escape(message)).isSameAs(message);
    }
}
