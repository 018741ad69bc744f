package org.climatecity.serialization.engine;

import java.io.CharConversionException;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the exceptions a parser throws into findings: which code a failure gets, the message people see (never an
 * echo of the source), and where it happened.
 *
 * <p>Jackson reports malformed UTF-8 and a broken surrogate with the same exception type as a syntax error, so
 * those are told apart by their message; every such decision is in this class and covered by its test.
 */
final class ParserFailures {

    private ParserFailures() {
    }

    /** A limit of the stream (nesting, length of document, string, name or number). */
    static Finding limit(@Nullable JsonParser p, StreamConstraintsException e) {
        return located(p, e, Codes.LIMIT_EXCEEDED);
    }

    /** A feature of YAML that the format does not support, such as an alias. */
    static Finding unsupportedYaml(@Nullable JsonParser p, UnsupportedYaml e) {
        return located(p, e, Codes.UNSUPPORTED_YAML);
    }

    /**
     * An I/O failure while parsing: for in-memory input, or when the decoder rejected the bytes, a problem of the
     * document's encoding; otherwise null, and the caller rethrows the I/O error.
     */
    static @Nullable Finding io(@Nullable JsonParser p, JacksonIOException e, boolean inMemory) {
        Throwable cause = e.getCause();
        if (inMemory || cause instanceof CharConversionException || String.valueOf(e.getMessage()).contains("UCS-4")) {
            // bytes that look like UTF-16 or UTF-32 to encoding detection but are not valid in it
            String reason = cause == null ? e.getOriginalMessage() : cause.getMessage();
            return new Finding(pointer(p), Codes.INVALID_ENCODING,
                    "document is not valid UTF-8: " + firstLine(String.valueOf(reason)), 0, 0);
        }
        return null;
    }

    /** Any other failure of the parser: malformed text, or bytes that are not UTF-8. */
    static Finding malformed(@Nullable JsonParser p, JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        boolean encoding = message.contains("UTF-8") || message.contains("UTF8") || message.contains("surrogate");
        return located(p, e, encoding ? Codes.INVALID_ENCODING : Codes.SYNTAX);
    }

    /** A failure SnakeYAML Engine reports with its own exception types, such as its own limits. */
    static Finding yaml(@Nullable JsonParser p, RuntimeException e) {
        return new Finding(pointer(p), Codes.SYNTAX, firstLine(String.valueOf(e.getMessage())), 0, 0);
    }

    /** The start of the message of {@link #unexpected}, which a fuzz test looks for. */
    static final String UNEXPECTED = "the reader failed on this input";

    /**
     * A runtime exception that a parser or Jackson let escape, such as a {@code NumberFormatException} for a number
     * out of range: a number's is an invalid value, any other a syntax problem; the message names the exception, so
     * the failure can still be told apart and fixed.
     */
    static Finding unexpected(@Nullable JsonParser p, RuntimeException e) {
        boolean number = e instanceof NumberFormatException || e instanceof ArithmeticException;
        TokenStreamLocation location = null;
        try {
            location = p == null ? null : p.currentTokenLocation();
        } catch (RuntimeException ignored) {
            // no location, then
        }
        String message = UNEXPECTED + " (" + e.getClass().getSimpleName() + "): "
                + withoutSourceReference(firstLine(String.valueOf(e.getMessage())));
        return new Finding(pointer(p), number ? Codes.INVALID_VALUE : Codes.SYNTAX, message,
                location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
    }

    /** Checks if an exception comes from SnakeYAML Engine. */
    static boolean isYaml(RuntimeException e) {
        return e.getClass().getName().startsWith("org.snakeyaml");
    }

    private static Finding located(@Nullable JsonParser p, JacksonException e, String code) {
        TokenStreamLocation location = e.getLocation();
        if (location == null && p != null) {
            location = p.currentLocation();
        }
        String message = withoutSourceReference(firstLine(String.valueOf(e.getOriginalMessage())));
        return new Finding(pointer(p), code, message, location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr());
    }

    /**
     * Drops Jackson's reference to the source ("start marker at [Source: REDACTED ...]"): the finding carries the
     * line and column, and the source is never echoed.
     */
    static String withoutSourceReference(String message) {
        return message.replaceAll("\\s*\\((?:start marker )?at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "");
    }

    static String pointer(@Nullable JsonParser p) {
        if (p == null) {
            return "";
        }
        try {
            return p.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The first non-blank line of a parser's message (YAML messages may start with an empty line). */
    static String firstLine(String message) {
        String line = "";
        for (String candidate : message.split("\n")) {
            if (!candidate.isBlank()) {
                line = candidate.strip();
                break;
            }
        }
        if (line.isEmpty() || line.equals("null")) {
            return "malformed document";
        }
        return Texts.abbreviate(line, 300);
    }
}
