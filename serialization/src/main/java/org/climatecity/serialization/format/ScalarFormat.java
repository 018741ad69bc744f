package org.climatecity.serialization.format;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the document format says about a value written as one JSON string, such as a municipality code: how it is
 * parsed and written (for the model's own value types), and the pattern, length and description the JSON Schema
 * states for it.
 *
 * @param <T> the value type
 * @param type the value type
 * @param parse parses the text, throwing the model's exception for a bad value; null for the types the engine
 *     reads itself (texts, dates, currencies, decimals)
 * @param format writes the value as text; null where {@code parse} is
 * @param pattern the regular expression of the JSON Schema, or null
 * @param maxLength the longest text, or 0 for no limit
 * @param description the description of the JSON Schema
 */
public record ScalarFormat<T>(Class<T> type, @Nullable Function<String, T> parse, @Nullable Function<T, String> format,
        @Nullable String pattern, int maxLength, String description) {
}
