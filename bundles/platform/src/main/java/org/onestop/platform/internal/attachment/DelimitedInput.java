package org.onestop.platform.internal.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stream read in stretches that end at a delimiter, for {@code multipart} bodies: the content of a part is
 * copied out up to the next boundary without ever holding more than one buffer in memory, and a copy that grows
 * past its limit stops at once, without reading the rest. The body is read as if it began with a line break, so
 * that its first boundary (after any preamble) looks like every other one.
 */
final class DelimitedInput {

    /** A stretch longer than its limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("longer than allowed", null);
        }
    }

    /** The body ended before the delimiter came. */
    static final class Truncated extends IOException {
        private static final long serialVersionUID = 1L;

        Truncated() {
            super("the body ended early");
        }
    }

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean ended;

    DelimitedInput(InputStream in) {
        this.in = in;
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /**
     * Copies what comes before the next {@code delimiter} to {@code out} and consumes the delimiter; returns the
     * number of bytes copied. Throws {@link TooLong} as soon as more than {@code max} bytes came.
     */
    long copyUntil(byte[] delimiter, OutputStream out, long max) throws IOException {
        long copied = 0;
        while (true) {
            fill(delimiter.length);
            int found = indexOf(delimiter);
            int end = found >= 0 ? found : Math.max(position, limit - delimiter.length + 1);
            if (ended && found < 0) {
                throw new Truncated();
            }
            int count = end - position;
            copied += count;
            if (copied > max) {
                throw new TooLong();
            }
            out.write(buffer, position, count);
            position = end;
            if (found >= 0) {
                position += delimiter.length;
                return copied;
            }
        }
    }

    /** Reads a line ended by CRLF (which is consumed, not returned), of at most {@code max} bytes. */
    byte[] line(int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        copyUntil(new byte[] {'\r', '\n'}, line, max);
        return line.toByteArray();
    }

    /** Whether the next bytes are {@code expected}; they are consumed if so. */
    boolean skip(byte[] expected) throws IOException {
        fill(expected.length);
        if (limit - position < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (buffer[position + i] != expected[i]) {
                return false;
            }
        }
        position += expected.length;
        return true;
    }

    /** Reads until at least {@code wanted} bytes are buffered or the stream ends. */
    private void fill(int wanted) throws IOException {
        if (limit - position >= wanted && position < limit) {
            return;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (!ended && limit < buffer.length && limit - position < Math.max(wanted, buffer.length / 2)) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                ended = true;
            } else {
                limit += read;
                if (limit - position >= wanted && in.available() <= 0) {
                    return;
                }
            }
        }
    }

    /** Where {@code pattern} starts in the buffered bytes, or -1. */
    private int indexOf(byte[] pattern) {
        int last = limit - pattern.length;
        outer:
        for (int i = position; i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
