package org.climatecity.interop.klimatkollen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.climatecity.core.internal.Texts;
import org.climatecity.interop.ImportException;
import org.climatecity.interop.ImportLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Klimatkollen file into a tree while checking its limits: the elements of the top-level array are counted as
 * they are read, so that a file of more municipalities than the limit ends in a clear error before its tree fills the
 * memory. A key repeated in one object is not an error of the whole file: its first value is kept and the repeat is
 * returned as a {@link Repeat}, which the importer reports. Decimals are read as doubles, except those that a double
 * reads as 0 or as infinite: they are read as given, so that a value too small for a double is seen rather than read
 * as 0.
 */
final class KlimatkollenJson {

    private static final JsonFactory FACTORY = newFactory(KlimatkollenImporter.DEFAULT_LIMITS.maxFieldLength());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The factory made last for raised limits, or null. */
    private static volatile @Nullable Raised raised;

    /**
     * A key given again in one object.
     *
     * @param pointer the JSON pointer of the key's first value
     * @param key the key
     * @param line the line of the repeat
     * @param column the column of the repeat
     * @param first the value kept
     * @param repeat the value not kept
     */
    record Repeat(String pointer, String key, int line, int column, JsonNode first, JsonNode repeat) {
    }

    /**
     * A file's tree and the keys repeated in it.
     *
     * @param root the tree
     * @param repeats the repeated keys, in file order
     * @param lastYear the largest year that names a value of an element's {@code emissions}, or 0 when none does
     */
    record Tree(JsonNode root, List<Repeat> repeats, int lastYear) {
    }

    private final String shown;
    private final int maxElements;
    private final List<Repeat> repeats = new ArrayList<>();
    /** The property names and array indexes from the root to the value being read. */
    private final List<Object> path = new ArrayList<>();
    private JsonParser parser;
    /** Whether the value about to be read is an element's {@code emissions} (its first, kept value), by year. */
    private boolean series;
    private int lastYear;

    private KlimatkollenJson(String shown, int maxElements) {
        this.shown = shown;
        this.maxElements = maxElements;
    }

    private static JsonFactory newFactory(int maxFieldLength) {
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(maxFieldLength).build()).build();
    }

    /**
     * Returns a factory whose parsers keep a string limit: the default one, or the one made last for raised limits
     * (a factory is not cheap to make, and its parsers share the names it has seen).
     */
    private static JsonFactory factory(int maxFieldLength) {
        if (maxFieldLength == KlimatkollenImporter.DEFAULT_LIMITS.maxFieldLength()) {
            return FACTORY;
        }
        Raised last = raised;
        if (last == null || last.maxFieldLength() != maxFieldLength) {
            last = new Raised(maxFieldLength, newFactory(maxFieldLength));
            raised = last;
        }
        return last.factory();
    }

    /** A factory made for a string limit other than the default. */
    private record Raised(int maxFieldLength, JsonFactory factory) {
    }

    /**
     * Reads a file's text.
     *
     * @param text the text
     * @param shown the file's name in messages
     * @param limits the limits of the array's elements and of a string's length
     * @return the tree, null for an empty text, and the repeated keys
     * @throws ImportException if the text is not JSON, a string is longer than the limit or its array has more
     *     elements than the limit
     */
    static Tree read(String text, String shown, ImportLimits limits) {
        KlimatkollenJson reader = new KlimatkollenJson(shown, limits.maxRows());
        JsonFactory factory = factory(limits.maxFieldLength());
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            reader.parser = p;
            JsonToken token = p.nextToken();
            if (token == null) {
                return new Tree(NODES.missingNode(), List.of(), 0);
            }
            JsonNode root = reader.value(true);
            if (p.nextToken() != null) {
                throw new ImportException("cannot read " + shown + ": it is not valid JSON at " + at(p
                        .currentTokenLocation()) + ": more follows the first value");
            }
            return new Tree(root, List.copyOf(reader.repeats), reader.lastYear);
        } catch (StreamConstraintsException e) {
            // the exception carries no location; the parser stands at the string
            throw new ImportException("cannot read " + shown + ": " + at(reader.parser.currentLocation())
                    + ": a string is longer than "
                    + String.format(Locale.ROOT, "%,d", limits.maxFieldLength()) + " characters, the limit", e);
        } catch (JacksonException e) {
            throw new ImportException("cannot read " + shown + ": it is not valid JSON"
                    + (e.getLocation() == null ? "" : " at " + at(e.getLocation())) + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    private static String at(TokenStreamLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Returns the JSON pointer of the value being read, from the names and indexes on {@link #path}. */
    private String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append('/').append(step instanceof String name ? name.replace("~", "~0").replace("/", "~1")
                    : step);
        }
        return pointer.toString();
    }

    private JsonNode value(boolean top) {
        JsonParser p = parser;
        // set by the caller for this value alone
        boolean years = series;
        series = false;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonNode first = object.get(name);
                    if (years && first == null) {
                        year(name);
                    }
                    // where and under which pointer only for a repeat, the rare case that is reported
                    TokenStreamLocation location = first == null ? null : p.currentTokenLocation();
                    p.nextToken();
                    path.add(name);
                    // an element of the root array, its first emissions: the years of the file's series
                    series = first == null && path.size() == 2 && path.get(0) instanceof Integer
                            && name.equals("emissions");
                    JsonNode value = value(false);
                    if (location != null) {
                        repeats.add(new Repeat(pointer(), name, location.getLineNr(), location.getColumnNr(), first,
                                value));
                    } else {
                        object.set(name, value);
                    }
                    path.remove(path.size() - 1);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (top && array.size() == maxElements) {
                        throw new ImportException("cannot read " + shown + ": its array has more than "
                                + String.format(Locale.ROOT, "%,d", maxElements) + " elements, the limit (element "
                                + (maxElements + 1L) + " at " + at(p.currentTokenLocation()) + "); Sweden has 290"
                                + " municipalities");
                    }
                    path.add(array.size());
                    array.add(value(false));
                    path.remove(path.size() - 1);
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return number(p);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }

    /** Notes a key of an element's emissions, a year unless the importer reports it as none. */
    private void year(String name) {
        try {
            lastYear = Math.max(lastYear, Integer.parseInt(name));
        } catch (NumberFormatException e) {
            // reported where the series is read
        }
    }

    /**
     * A decimal as the double it is read as; one that is 0 or beyond a double's range as given, so that a value too
     * small or too large for a double is told from 0 and infinity; one whose exponent no decimal holds
     * ({@code 1e9999999999}) as its text.
     */
    private static JsonNode number(JsonParser p) {
        double read = p.getDoubleValue();
        if (read != 0 && Double.isFinite(read)) {
            return NODES.numberNode(read);
        }
        try {
            BigDecimal value = p.getDecimalValue();
            return NODES.numberNode(value);
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.stringNode(Texts.abbreviate(p.getString()));
        }
    }
}
