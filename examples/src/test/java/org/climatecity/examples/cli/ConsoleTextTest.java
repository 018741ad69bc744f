package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class ConsoleTextTest {

    @ParameterizedTest
    @CsvSource({"27, \\u001B", "7, \\u0007", "13, \\u000D", "0, \\u0000", "127, \\u007F", "155, \\u009B",
        "133, \\u0085", "1564, \\u061C", "8206, \\u200E", "8207, \\u200F", "8234, \\u202A", "8238, \\u202E",
        "8294, \\u2066", "8297, \\u2069", "8232, \\u2028", "8233, \\u2029"})
    void showsAControlCharacterEscaped(int code, String shown) {
        assertThat(ConsoleText.isUnsafe((char) code)).isTrue();
        assertThat(ConsoleText.escape("a" + (char) code + "b")).isEqualTo("a" + shown + "b");
    }

    @ParameterizedTest
    @CsvSource({"10", "9", "32", "126", "160", "228", "8364", "8211", "8205"})
    void passesOtherCharactersAsTheyAre(int code) {
        assertThat(ConsoleText.isUnsafe((char) code)).isFalse();
        String text = "Borlänge " + (char) code;
        assertThat(ConsoleText.escape(text)).isSameAs(text);
    }

    @Test
    void escapesJsonWithoutChangingItsMeaning() {
        String json = "{\n  \"name\": \"a\\u001b[31m\u009b2J\u202eb\"\r\n}";
        String escaped = ConsoleText.escapeJson(json);
        assertThat(escaped).isEqualTo("{\n  \"name\": \"a\\u001b[31m\\u009B2J\\u202Eb\"\r\n}");
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(escaped)).isEqualTo(mapper.readTree(json));
    }

    @Test
    void escapingWriterEscapesWhatIsPrintedAndKeepsLineBreaks() {
        StringWriter text = new StringWriter();
        PrintWriter out = ConsoleText.escaping(new PrintWriter(text));
        out.println("red \u001b[31m");
        out.print("bell \u0007\nnext ");
        out.printf("%s", "\u202e");
        out.println();
        out.write('\r');
        out.write("x\u009by".toCharArray(), 1, 1);
        out.flush();
        String sep = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("red \\u001B[31m" + sep + "bell \\u0007\nnext \\u202E" + sep
                + "\\u000D\\u009B");
        assertThat(ConsoleText.escaping(out)).isSameAs(out);
    }

    @Test
    void escapingWriterReportsTheErrorsOfTheWriterItWraps() {
        PrintWriter failing = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        PrintWriter out = ConsoleText.escaping(failing);
        out.println("lost");
        assertThat(out.checkError()).isTrue();
        assertThat(failing.checkError()).isTrue();
    }
}
