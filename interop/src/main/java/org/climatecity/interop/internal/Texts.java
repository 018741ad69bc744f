package org.climatecity.interop.internal;

import java.util.Locale;

/** Shows outside values in messages: abbreviated, on one line, control characters escaped. */
public final class Texts {

    private Texts() {
    }

    /**
     * Returns a value as shown in a message.
     *
     * @param text the value
     * @return at most 60 characters, control characters escaped
     */
    public static String shown(String text) {
        String cut = text.length() <= 60 ? text : text.substring(0, 57) + "...";
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
