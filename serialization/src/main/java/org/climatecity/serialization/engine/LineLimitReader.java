package org.climatecity.serialization.engine;

import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.ContentReference;

/**
 * Passes characters through, failing when a line is longer than a limit, and fills each read as far as it can.
 *
 * <p>SnakeYAML Engine looks ahead over a scalar, a comment or a run of spaces before it consumes any of it, and on
 * every refill of its buffer copies what it has not consumed: a single long line costs time that grows with the square
 * of its length, long before the string length limit applies to the finished scalar. Every such look-ahead ends at a line break, so a limit on the line bounds the time; filling
 * each read makes the refills as few as the buffer allows.
 */
final class LineLimitReader extends Reader {

    private final Reader in;
    private final long maxLine;
    private long column;
    private int line = 1;
    private long offset;

    LineLimitReader(Reader in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    @Override
    public int read(char[] buffer, int start, int length) throws IOException {
        int n = 0;
        while (n < length) {
            int read = in.read(buffer, start + n, length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        if (n == 0 && length > 0) {
            return -1;
        }
        for (int i = start, end = start + n; i < end; i++) {
            char c = buffer[i];
            offset++;
            // the line breaks of SnakeYAML Engine, where its look-ahead stops
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                line++;
                column = 0;
            } else if (++column > maxLine) {
                throw new StreamConstraintsException("YAML line length exceeds the maximum allowed (" + maxLine
                        + " characters, 4 times the longest string)",
                        new TokenStreamLocation(ContentReference.unknown(), -1, offset, line, (int) Math.min(column,
                                Integer.MAX_VALUE)));
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
