package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.climatecity.serialization.engine.WhiteSpace;
import org.climatecity.serialization.format.ModelFormat;
import org.junit.jupiter.api.Test;

/** The reader's white space is the JSON Schema's, and covers every dialect's idea of it. */
class WhiteSpaceTest {

    /** ECMA-262 {@code \s}: WhiteSpace (TAB, VT, FF, ZWNBSP and every Zs) and LineTerminator (LF, CR, LS, PS). */
    private static boolean ecmaScript(char c) {
        return c == '\t' || c == '\u000b' || c == '\f' || c == '\ufeff'
                || Character.getType(c) == Character.SPACE_SEPARATOR
                || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    @Test
    void theReaderAndTheSchemaPatternAgreeOnEveryCharacter() {
        Pattern notBlank = Pattern.compile(ModelFormat.NOT_BLANK);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = String.valueOf(c);
            assertThat(WhiteSpace.isBlank(text)).as("U+%04X", (int) c).isEqualTo(!notBlank.matcher(text).find());
        }
    }

    @Test
    void coversTheWhiteSpaceOfJavaAndEcmaScript() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ecmaScript(c)) {
                assertThat(WhiteSpace.is(c)).as("U+%04X", (int) c).isTrue();
            }
        }
    }

    @Test
    void takesLettersAndInvisibleFormatCharactersForText() {
        assertThat(WhiteSpace.isBlank("\u00a0\u2007\u202f \t\n")).isTrue();
        assertThat(WhiteSpace.isBlank("")).isTrue();
        assertThat(WhiteSpace.isBlank("\u00a0a")).isFalse();
        // a zero-width space is a format character, not white space, in every dialect
        assertThat(WhiteSpace.isBlank("\u200b")).isFalse();
    }
}
