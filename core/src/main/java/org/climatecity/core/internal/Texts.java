package org.climatecity.core.internal;

/**
 * Text helpers for messages. Not part of the public API.
 */
public final class Texts {

    private static final int MAX_ECHO = 40;

    private Texts() {
    }

    /**
     * Shortens a bad value for a message, so a huge input never produces a huge message.
     *
     * @param value the value
     * @return the value, cut to 40 characters with an ellipsis
     */
    public static String abbreviate(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
