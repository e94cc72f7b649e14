package org.aftercare.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Reads UTF-8 and remembers which lines held bytes that are not UTF-8 (a file saved as GBK or
 * Windows-1252), instead of failing the whole file or silently garbling names. Such bytes are
 * read as U+FFFD; the import rejects the lines they are on. A UTF-8 byte order mark is skipped.
 */
public final class Utf8CheckingReader extends Reader {

    private static final char REPLACEMENT = '\uFFFD';
    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private final BitSet badLines = new BitSet();
    private boolean endOfInput;
    private boolean done;
    private boolean started;
    private int line = 1;

    public Utf8CheckingReader(InputStream in) {
        this.in = in;
    }

    /** Whether any of the lines {@code from}..{@code to} (inclusive, 1-based) held bytes that are not UTF-8. */
    public boolean malformed(long from, long to) {
        int next = badLines.nextSetBit((int) from);
        return next >= 0 && next <= to;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        chars.clear();
        while (chars.position() == 0 && !done) {
            if (!endOfInput) {
                readBytes();
            }
            int start = chars.position();
            // Keep one char free for the replacement of a malformed sequence.
            chars.limit(chars.capacity() - 1);
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            chars.limit(chars.capacity());
            countLines(start);
            if (result.isError()) {
                badLines.set(line);
                bytes.position(bytes.position() + result.length());
                chars.put(REPLACEMENT);
            }
            else if (result.isUnderflow() && endOfInput) {
                decoder.flush(chars);
                done = true;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void countLines(int from) {
        for (int i = from; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = bytes.hasRemaining() ? in.read(bytes.array(), bytes.position(), bytes.remaining()) : 0;
        if (n < 0) {
            endOfInput = true;
        }
        else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void skipByteOrderMark() throws IOException {
        while (!endOfInput && bytes.remaining() < 3) {
            readBytes();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
