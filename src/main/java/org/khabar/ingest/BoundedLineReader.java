package org.khabar.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@code BufferedReader.readLine()}, but never holds more than {@code maxChars} of one line:
 * the rest of an overlong line is skipped up to its newline, and the line is reported as too long.
 */
final class BoundedLineReader {

    /** A line, or {@code text == null} when it exceeded the limit ({@code length} then says how long it was). */
    record Line(String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    /** True while a partial line has been consumed; lets the caller know a failure happened mid-line. */
    private boolean inLine;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator ('\n', "\r\n"), or null at end of input. */
    Line readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean overflow = false;
        while (true) {
            if (pos >= end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!inLine) {
                        return null;
                    }
                    inLine = false;
                    return finish(sb, length, overflow);
                }
            }
            inLine = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (!overflow) {
                if (sb.length() + n > maxChars) {
                    overflow = true;
                    sb = null;
                } else {
                    sb.append(buf, start, n);
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                inLine = false;
                return finish(sb, length, overflow);
            }
        }
    }

    private static Line finish(StringBuilder sb, long length, boolean overflow) {
        if (overflow) {
            return new Line(null, length);
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
        }
        return new Line(sb.toString(), length);
    }
}
