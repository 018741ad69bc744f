package org.climatecity.benchmarks.baseline;

import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The floor of reading a document: a Jackson token walk that decodes every value (each string into a
 * {@code String}, each number into a {@code double}) and builds nothing. No reader that builds objects can be
 * faster than this.
 *
 * @since 0.1.0
 */
public final class TokenWalk {

    private TokenWalk() {
    }

    /**
     * Walks the tokens of a JSON document.
     *
     * @param mapper the mapper whose parser factory to use, not null
     * @param json the document, UTF-8, not null
     * @return a checksum of the decoded values, so that the work cannot be skipped
     */
    public static long walk(ObjectMapper mapper, byte[] json) {
        Objects.requireNonNull(json, "json");
        long checksum = 0;
        try (JsonParser p = mapper.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case PROPERTY_NAME -> checksum += p.currentName().length();
                    case VALUE_STRING -> checksum = 31 * checksum + p.getString().length();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                            checksum = 31 * checksum + Double.doubleToRawLongBits(p.getDoubleValue());
                    default -> checksum = 31 * checksum + t.ordinal();
                }
            }
        }
        return checksum;
    }
}
