package org.climatecity.core.document;

/**
 * Makes a violation message literal for the Jakarta message interpolator.
 */
final class MessageText {

    private MessageText() {
    }

    /**
     * Escapes the characters the Jakarta message interpolator treats specially — {@code \ { } $} — with a backslash, so
     * that user input in a message (an id, a name) is shown as written and never interpolated, neither as a message
     * parameter nor as an expression-language expression.
     *
     * @param message the literal message
     * @return the message as a template that interpolates to exactly {@code message}
     */
    static String escape(String message) {
        StringBuilder escaped = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                if (escaped == null) {
                    escaped = new StringBuilder(message.length() + 8).append(message, 0, i);
                }
                escaped.append('\\');
            }
            if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? message : escaped.toString();
    }
}
