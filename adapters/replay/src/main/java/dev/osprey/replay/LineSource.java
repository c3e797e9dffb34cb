package dev.osprey.replay;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Splits a capture into lines without making a String per line: the caller reads each line's bytes in place,
 * valid until the next call. Gzip is detected by its magic bytes so plain-text captures work too.
 */
final class LineSource implements Closeable {
    static final int MAX_LINE_BYTES = 16 << 20;
    private static final int IO_BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private boolean overlong;
    private boolean eof;

    LineSource(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, IO_BUFFER);
        this.in = isGzip(buffered) ? new GZIPInputStream(buffered, IO_BUFFER) : buffered;
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    /** Advances to the next line; false at the end of the capture. */
    boolean next() throws IOException {
        overlong = false;
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buf[i] == '\n') {
                    markLine(start, i);
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (start < end) {
                    markLine(start, end);
                    start = end;
                    return true;
                }
                return false;
            }
            scanned = makeRoom();
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    private void markLine(int from, int newlineAt) {
        int to = newlineAt > from && buf[newlineAt - 1] == '\r' ? newlineAt - 1 : newlineAt;
        lineStart = from;
        lineEnd = to;
        lineNumber++;
    }

    /**
     * Compacts the buffer and grows it for long lines; past the limit, drops what it holds and keeps only a flag
     * that the line is overlong. Returns where newline scanning resumes (everything before it has no newline).
     */
    private int makeRoom() {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                overlong = true;
                end = 0;
            } else {
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_BYTES));
            }
        }
        return end;
    }

    byte[] bytes() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** The current line exceeded {@link #MAX_LINE_BYTES}; only its tail is in the buffer. */
    boolean overlong() {
        return overlong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
