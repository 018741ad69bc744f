package org.climatecity.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** A character outside the Basic Multilingual Plane: two chars, a surrogate pair. */
    private static final String EMOJI = "\uD83C\uDF32";

    @Test
    void cutsLongValuesToFortyCharactersWithAnEllipsis() {
        assertThat(Texts.abbreviate("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Texts.abbreviate("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(Texts.abbreviate("")).isEmpty();
    }

    @Test
    void neverCutsBetweenTheHalvesOfASurrogatePair() throws CharacterCodingException {
        // a 39-character county and an emoji: the 40th character is the pair's high surrogate
        String county = "D".repeat(39) + EMOJI + " län";
        String shown = Texts.abbreviate(county);
        assertThat(shown).isEqualTo("D".repeat(39) + "…");
        assertEncodable(shown);
        assertThat(Texts.abbreviate("D".repeat(38) + EMOJI + "x")).isEqualTo("D".repeat(38) + EMOJI + "…");
        assertThat(Texts.abbreviate("D".repeat(38) + EMOJI)).isEqualTo("D".repeat(38) + EMOJI);
        assertEncodable(Texts.oneLine(county));
    }

    @Test
    void cutsAtAGivenLength() {
        assertThat(Texts.abbreviate("abc" + EMOJI, 4)).isEqualTo("abc…");
        assertThat(Texts.abbreviate("abcd", 4)).isEqualTo("abcd");
    }

    @Test
    void keepsACutOfALoneSurrogateAsItWas() {
        // a lone high surrogate in the input is the input's; the cut does not hide it
        assertThat(Texts.abbreviate("x".repeat(39) + "\uD83Cyz")).isEqualTo("x".repeat(39) + "\uD83C…");
    }

    @Test
    void showsControlCharactersEscapedOnOneLine() {
        assertThat(Texts.oneLine("a\nb")).isEqualTo("a\\nb");
        assertThat(Texts.oneLine("a\r\tb")).isEqualTo("a\\r\\tb");
        assertThat(Texts.oneLine("a\u0000b\u009bc")).isEqualTo("a\\u0000b\\u009bc");
        assertThat(Texts.oneLine("Borlänge")).isEqualTo("Borlänge");
    }

    @Test
    void escapesAfterCutting() {
        assertThat(Texts.oneLine("x".repeat(39) + "\n" + "y".repeat(10))).isEqualTo("x".repeat(39) + "\\n…");
    }

    private static void assertEncodable(String text) throws CharacterCodingException {
        StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
    }

    @Test
    void printableReplacesControlCharactersLoneSurrogatesAndNonCharacters() {
        assertThat(Texts.printable("a\u0000b\u001bc\u0007d\u0085e\u009bf\uFFFEg\uFFFFh\ri"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi");
        assertThat(Texts.printable("x\uD800y\uDC00z" + "\uDC00\uD800")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD\uFFFD");
        assertThat(Texts.printable("end\uD800")).isEqualTo("end\uFFFD");
    }

    @Test
    void printableKeepsPairsTabsLineFeedsAndOrdinaryText() {
        String text = "Borlänge\tlän\n" + EMOJI + " 中文";
        assertThat(Texts.printable(text)).isSameAs(text);
        assertThat(Texts.printable("\u0000" + EMOJI)).isEqualTo("\uFFFD" + EMOJI);
    }

    @Test
    void labelIsShortPrintableAndOnOneLine() {
        assertThat(Texts.label("a\nb\tc\u0000", 10)).isEqualTo("a b c\uFFFD");
        assertThat(Texts.label("x".repeat(1_000_000), 100)).isEqualTo("x".repeat(100) + "…");
    }

    @Test
    void spellsEnumConstantsAsTheDocumentDoes() {
        assertThat(Texts.word(org.climatecity.core.programme.PartnerRole.SUPPORTING)).isEqualTo("supporting");
        assertThat(Texts.word(org.climatecity.core.common.Provenance.Kind.OFFICIAL_STATISTICS))
                .isEqualTo("official-statistics");
    }
}
