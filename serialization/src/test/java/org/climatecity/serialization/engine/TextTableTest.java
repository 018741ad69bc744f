package org.climatecity.serialization.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void hashesCharactersAsStringDoes() {
        List<String> texts = List.of("", "a", "ab", "abc", "abcd", "abcde", "se:transport", "2024-01-01",
                "action-0290-30", "Borlänge", "Z\u00fcrich 😀", "x".repeat(1000));
        for (String text : texts) {
            char[] padded = ("##" + text + "#").toCharArray();
            assertThat(TextTable.hash(padded, 2, text.length())).as(text).isEqualTo(text.hashCode());
        }
    }

    @Test
    void findsEveryTextByItsCharactersAcrossGrowth() {
        TextTable table = new TextTable();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String text = "id-" + i;
            texts.add(text);
            table.put(text, text.hashCode(), i);
        }
        for (int i = 0; i < texts.size(); i++) {
            char[] buffer = ("..." + texts.get(i) + "...").toCharArray();
            int length = texts.get(i).length();
            assertThat(table.get(buffer, 3, length, TextTable.hash(buffer, 3, length))).isEqualTo(i);
            assertThat(table.get(texts.get(i))).isEqualTo(i);
        }
        char[] unknown = "id-5000".toCharArray();
        assertThat(table.get(unknown, 0, unknown.length, TextTable.hash(unknown, 0, unknown.length))).isNull();
        // a prefix of a key is another text
        char[] prefix = "id-1".toCharArray();
        assertThat(table.get(prefix, 0, 3, TextTable.hash(prefix, 0, 3))).isNull();
    }
}
