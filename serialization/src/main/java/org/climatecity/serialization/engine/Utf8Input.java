package org.climatecity.serialization.engine;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Checks that input bytes are not UTF-16 or UTF-32 before a parser sees them: documents are UTF-8, but Jackson
 * detects UTF-16 and UTF-32 (by a byte order mark or by zero bytes among the first four) and would read them.
 *
 * <p>A zero byte cannot start a UTF-8 document, as JSON and YAML allow no NUL character outside an escape; so a zero
 * byte among the first four, or a UTF-16 or UTF-32 byte order mark, names another encoding. The failure is thrown as
 * the I/O exception a parser throws for undecodable bytes, which the reader reports as {@code invalid-encoding}.
 */
public final class Utf8Input {

    private static final int HEAD = 4;

    private Utf8Input() {
    }

    /**
     * Checks the first bytes of a document.
     *
     * @param bytes the document
     * @return the bytes
     * @throws JacksonIOException if the bytes are UTF-16 or UTF-32
     */
    public static byte[] check(byte[] bytes) {
        String encoding = otherEncoding(bytes, Math.min(bytes.length, HEAD));
        if (encoding != null) {
            throw failure(encoding);
        }
        return bytes;
    }

    /**
     * Checks the first bytes of a stream and returns a stream of the same bytes.
     *
     * @param in the stream, not closed
     * @return a stream that reads the same bytes from the start
     * @throws IOException if the stream cannot be read
     * @throws JacksonIOException if the bytes are UTF-16 or UTF-32
     */
    public static InputStream check(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, HEAD);
        byte[] head = pushback.readNBytes(HEAD);
        String encoding = otherEncoding(head, head.length);
        if (encoding != null) {
            throw failure(encoding);
        }
        pushback.unread(head);
        return pushback;
    }

    /** Names the encoding that the first bytes show, or null for UTF-8. */
    static @Nullable String otherEncoding(byte[] head, int length) {
        if (length >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
            return "UTF-32 (a byte order mark)";
        }
        if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return "UTF-16 or UTF-32 (a byte order mark)";
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return "UTF-16 or UTF-32 (a zero byte among the first four)";
            }
        }
        return null;
    }

    private static JacksonIOException failure(String encoding) {
        return JacksonIOException.construct(new CharConversionException(
                "the first bytes are those of " + encoding));
    }
}
