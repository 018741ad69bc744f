package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.serialization.engine.Codes;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsPositionPointerMessageAndCode() {
        assertThat(new Problem("/actors/1/code", Problem.INVALID_VALUE, "bad", 12, 9))
                .hasToString("12:9 /actors/1/code: bad [invalid-value]");
        assertThat(new Problem("", Problem.SYNTAX, "document is empty", 0, 0))
                .hasToString("/: document is empty [syntax]");
    }

    @Test
    void clampsUnknownPositionsToZero() {
        assertThat(new Problem("", Problem.SYNTAX, "x", -1, -1).line()).isZero();
    }

    @Test
    void publishesEveryCodeOfTheReaderAndTheReadmeListsIt() throws Exception {
        Map<String, Object> codes = new TreeMap<>();
        for (Field field : Codes.class.getFields()) {
            codes.put(field.getName(), field.get(null));
        }
        Map<String, Object> published = new TreeMap<>();
        for (Field field : Problem.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                published.put(field.getName(), field.get(null));
            }
        }
        assertThat(published).isEqualTo(codes);
        String readme = Files.readString(Path.of("README.md"));
        assertThat(codes.values()).allSatisfy(code -> assertThat(readme).contains("`" + code + "`"));
        assertThat(DocumentRules.codes()).allSatisfy(code -> assertThat(readme).contains("`" + code + "`"));
    }

    @Test
    void rejectsNullParts() {
        assertThatThrownBy(() -> new Problem(null, "c", "m", 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("pointer");
    }
}
