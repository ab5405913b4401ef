package org.onestop.cases.internal.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart} body watched for its close delimiter ({@code CRLF--boundary--}, RFC 2046) as it is read, for
 * {@link FormStream}: Commons FileUpload takes a body that ends, or goes astray, right after a delimiter for a
 * complete one, and a body without any boundary for an empty form. The body is watched as if it began with a line
 * break, so that a form without parts ({@code --boundary--}) is complete too. It stays open when the library closes
 * it: the request's stream belongs to the gateway, which finishes it.
 */
final class FinalBoundary extends FilterInputStream {

    private final byte[] close;
    private final int[] fallback;
    private int matched = 2;
    private boolean closed;

    FinalBoundary(InputStream in, String boundary) {
        super(in);
        close = ("\r\n--" + boundary + "--").getBytes(StandardCharsets.US_ASCII);
        fallback = new int[close.length];
        for (int i = 1, k = 0; i < close.length; i++) {
            while (k > 0 && close[i] != close[k]) {
                k = fallback[k - 1];
            }
            k += close[i] == close[k] ? 1 : 0;
            fallback[i] = k;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int read = super.read(b, off, len);
        for (int i = off; i < off + read && !closed; i++) {
            see(b[i]);
        }
        return read;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0 && !closed) {
            see((byte) read);
        }
        return read;
    }

    @Override
    public void close() {
        // the request's stream is not ours to close
    }

    private void see(byte b) {
        while (matched > 0 && close[matched] != b) {
            matched = fallback[matched - 1];
        }
        matched += close[matched] == b ? 1 : 0;
        closed = matched == close.length;
    }

    /** Whether the close delimiter came. */
    boolean closed() {
        return closed;
    }
}
