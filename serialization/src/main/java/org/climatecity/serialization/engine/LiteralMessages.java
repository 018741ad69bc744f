package org.climatecity.serialization.engine;

import jakarta.validation.MessageInterpolator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Interpolates messages without an expression language: the messages of the model's rules are literal text, with
 * the characters {@code \ { } $} escaped by a backslash, so resolving escapes is all they need. A {@code {name}}
 * that is not escaped is replaced by the constraint's attribute of that name, as Jakarta Validation's parameters
 * are, or kept as written; {@code ${...}} is never evaluated.
 *
 * <p>The default interpolator of Hibernate Validator needs Jakarta Expression Language even for such messages, and
 * on the module path fails with {@code HV000183} unless the application adds {@code --add-modules jakarta.el}.
 * Immutable and thread-safe.
 */
final class LiteralMessages implements MessageInterpolator {

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.ROOT);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (template.indexOf('\\') < 0 && template.indexOf('{') < 0) {
            return template;
        }
        Map<String, Object> attributes = context.getConstraintDescriptor() == null ? Map.of()
                : context.getConstraintDescriptor().getAttributes();
        StringBuilder message = new StringBuilder(template.length());
        for (int i = 0, n = template.length(); i < n; i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < n) {
                message.append(template.charAt(++i));
            } else if (c == '{') {
                int end = closing(template, i + 1);
                if (end < 0) {
                    message.append(template, i, n);
                    break;
                }
                String name = template.substring(i + 1, end);
                Object value = attributes.get(name);
                message.append(value == null ? template.substring(i, end + 1) : text(value));
                i = end;
            } else {
                message.append(c);
            }
        }
        return message.toString();
    }

    /** The index of the brace that closes a parameter, skipping escaped characters, or -1. */
    private static int closing(String template, int from) {
        for (int i = from, n = template.length(); i < n; i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '}') {
                return i;
            } else if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    private static String text(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(value);
    }
}
