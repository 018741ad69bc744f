package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random unknown property names and values, of characters of every class, are written as YAML and read back equal: the
 * YAML writer quotes whatever a YAML reader would read as something else (found by fuzzing: a property named
 * {@code <<}, read back as a merge key; one with U+0085, read back as a line break).
 */
class YamlUnknownPropertiesRoundTripTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final ClimateCityDocuments JSON = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments YAML = ClimateCityDocuments.builder().format(DocumentFormat.YAML)
            .build();

    /** Texts that YAML gives a meaning of its own when plain. */
    private static final List<String> YAML_WORDS = List.of("<<", "~", "null", "Null", "NULL", "true", "False", "yes",
            "No", "on", "OFF", "y", "n", ".inf", "-.Inf", ".NaN", "0x1F", "0o17", "1e3", "-0", "+1", "1_000", "12:30",
            "2024-01-01", "&a", "*a", "!tag", "!!str", "%YAML", "@x", "`x", "#x", "- x", "? x", ": x", "x: y", "x #y",
            "'x'", "\"x\"", "[x]", "{x}", "|", ">", "---", "...", " x", "x ", "\t", "", "\uFEFFx");

    /** One code point of each general category, and the line breaks and specials YAML knows. */
    private static final int[] SAMPLES = samples();

    @Test
    void randomUnknownPropertiesComeBackEqualFromYaml() {
        Random random = new Random(2024);
        for (int round = 0; round < 300; round++) {
            ObjectNode root = PLAIN.createObjectNode();
            root.put("schemaVersion", "1.0");
            root.putArray("programmes").addObject().put("name", "Viable Cities").put("climateNeutralityYear", 2030);
            ObjectNode programme = (ObjectNode) root.get("programmes").get(0);
            for (int i = 0; i < 4; i++) {
                root.set(name(random), value(random, 2));
                programme.set(name(random), value(random, 2));
            }
            String json = root.toString();
            ReadResult read = JSON.read(json);
            String yaml = YAML.writeToString(read);
            ReadResult back = YAML.read(yaml);
            assertThat(back.document()).isEqualTo(read.document());
            assertThat(back.unknownProperties().entries()).as("round %d:%n%s", round, yaml)
                    .isEqualTo(read.unknownProperties().entries());
        }
    }

    /** A property name no record component has: it starts with "x" and a character that no Java name has. */
    private static String name(Random random) {
        return "x" + (random.nextBoolean() ? "-" : "\u0085") + text(random, 1 + random.nextInt(8));
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> PLAIN.getNodeFactory().textNode(text(random, random.nextInt(12)));
            case 1 -> PLAIN.getNodeFactory().textNode(YAML_WORDS.get(random.nextInt(YAML_WORDS.size())));
            case 2 -> PLAIN.getNodeFactory().numberNode(random.nextInt(2001) - 1000);
            case 3 -> PLAIN.getNodeFactory().booleanNode(random.nextBoolean());
            case 4 -> PLAIN.getNodeFactory().nullNode();
            case 5 -> {
                ArrayNode array = PLAIN.createArrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(value(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = PLAIN.createObjectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set(random.nextInt(3) == 0 ? YAML_WORDS.get(random.nextInt(YAML_WORDS.size()))
                            : text(random, 1 + random.nextInt(6)), value(random, depth - 1));
                }
                yield object;
            }
        };
    }

    /** A text of code points of every class: a YAML word, or random samples; never a lone surrogate. */
    private static String text(Random random, int length) {
        if (random.nextInt(4) == 0) {
            return YAML_WORDS.get(random.nextInt(YAML_WORDS.size()));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(SAMPLES[random.nextInt(SAMPLES.length)]);
        }
        return text.toString();
    }

    private static int[] samples() {
        java.util.Map<Integer, Integer> byCategory = new java.util.TreeMap<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (type != Character.SURROGATE) {
                byCategory.putIfAbsent(type, cp);
            }
        }
        java.util.stream.IntStream specials = "\u0000\t\n\r\u001b\u0085\u00a0\u2028\u2029\ufeff\ufffe\uffff<>:#&*!|'\"%@`-?,[]{}\\ "
                .chars();
        return java.util.stream.IntStream.concat(byCategory.values().stream().mapToInt(Integer::intValue),
                java.util.stream.IntStream.concat(specials, java.util.stream.IntStream.of(0x1F332, 0x10FFFF, 0xE000)))
                .toArray();
    }
}
