package org.climatecity.serialization.engine;

import java.math.BigDecimal;
import org.climatecity.core.internal.Texts;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a value of unknown shape into a tree, keeping numbers exact and reporting repeated names. Recursion is
 * bounded by the parser's nesting limit, the number of values by {@link ReadState#treeValue}.
 */
final class Trees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {
    }

    static JsonNode read(Reading r) {
        JsonParser p = r.p;
        JsonToken token = p.currentToken();
        r.state.treeValue(r);
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    if (!ScalarCodecs.unicodeName(r, name)) {
                        p.skipChildren();
                        continue;
                    }
                    JsonNode value = read(r);
                    if (object.has(name)) {
                        r.problem(Codes.DUPLICATE_KEY, "property '" + Texts.abbreviate(name)
                                + "' is repeated");
                    } else {
                        object.set(name, value);
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(read(r));
                }
                return array;
            }
            case VALUE_STRING: {
                String text = p.getString();
                return ScalarCodecs.unicode(r, text) ? NODES.stringNode(text) : NODES.nullNode();
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(r);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                r.problem(Codes.WRONG_TYPE, "must be a JSON value, was " + Reading.describe(token));
                p.skipChildren();
                return NODES.nullNode();
        }
    }

    /**
     * Reads a number exactly. A number the parser accepts may still be out of a decimal's range, such as
     * {@code 1e9999999999}, whose exponent no {@code BigDecimal} holds: a problem of the value, not a failure.
     */
    private static JsonNode number(Reading r) {
        JsonParser p = r.p;
        try {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                if (p.getString().startsWith("-") && p.getNumberType() == JsonParser.NumberType.INT
                        && p.getIntValue() == 0) {
                    return NODES.numberNode(-0.0);
                }
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            if (p.isNaN()) {
                r.problem(Codes.INVALID_VALUE, "must be a finite number");
                return NODES.nullNode();
            }
            BigDecimal value = p.getDecimalValue();
            // a decimal has no negative zero: keep the sign as a double's
            return value.signum() == 0 && p.getString().startsWith("-") ? NODES.numberNode(-0.0)
                    : NODES.numberNode(value);
        } catch (NumberFormatException | ArithmeticException e) {
            r.problem(Codes.INVALID_VALUE, "number is out of range, was '" + Texts.abbreviate(p.getString())
                    + "'");
            return NODES.nullNode();
        }
    }
}
