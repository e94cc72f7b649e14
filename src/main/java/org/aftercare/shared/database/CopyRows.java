package org.aftercare.shared.database;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one PostgreSQL {@code COPY … FROM STDIN} (text format), encoding each field
 * straight into a reusable buffer that is handed to the server whenever it fills — so a million
 * rows never become one giant string, and the server parses while we keep encoding.
 *
 * <pre>{@code
 * try (CopyRows rows = CopyRows.into(connection, "copy shipment (id, tracking_number) from stdin")) {
 *     rows.uuid(id).text(number).endRow();
 *     rows.finish();
 * }
 * }</pre>
 */
public final class CopyRows implements AutoCloseable {

    private static final int BUFFER_SIZE = 1 << 18;
    private static final byte[] HEX = "0123456789abcdef".getBytes();

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int length;
    private boolean rowStarted;
    private long rows;
    private boolean finished;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts a COPY on the given connection; {@code copySql} is {@code copy table (columns) from stdin}. */
    public static CopyRows into(Connection connection, String copySql) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
    }

    public CopyRows text(String value) throws SQLException {
        separate();
        if (value == null) {
            return nullValue();
        }
        int i = 0;
        int n = value.length();
        if (n <= BUFFER_SIZE / 2) {
            // Most values are plain ASCII: copied straight into the buffer until a character needs care.
            ensure(n);
            for (; i < n; i++) {
                char c = value.charAt(i);
                if (c >= 0x80 || c < 0x20 || c == '\\') {
                    break;
                }
                buffer[length + i] = (byte) c;
            }
            length += i;
        }
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> put2('\\', '\\');
                    case '\t' -> put2('\\', 't');
                    case '\n' -> put2('\\', 'n');
                    case '\r' -> put2('\\', 'r');
                    default -> put((byte) c);
                }
            }
            else if (Character.isHighSurrogate(c) && i + 1 < n) {
                utf8(Character.toCodePoint(c, value.charAt(++i)));
            }
            else {
                utf8(c);
            }
        }
        return this;
    }

    public CopyRows uuid(UUID value) throws SQLException {
        separate();
        if (value == null) {
            return nullValue();
        }
        hex(value.getMostSignificantBits() >>> 32, 8);
        put((byte) '-');
        hex(value.getMostSignificantBits() >>> 16, 4);
        put((byte) '-');
        hex(value.getMostSignificantBits(), 4);
        put((byte) '-');
        hex(value.getLeastSignificantBits() >>> 48, 4);
        put((byte) '-');
        hex(value.getLeastSignificantBits(), 12);
        return this;
    }

    /** A timestamptz in UTC, to the microsecond: {@code 2026-11-23 12:00:00.000000+00}. */
    public CopyRows instant(Instant value) throws SQLException {
        separate();
        if (value == null) {
            return nullValue();
        }
        long seconds = value.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        ymd(LocalDate.ofEpochDay(days));
        put((byte) ' ');
        digits(secondOfDay / 3600, 2);
        put((byte) ':');
        digits(secondOfDay / 60 % 60, 2);
        put((byte) ':');
        digits(secondOfDay % 60, 2);
        put((byte) '.');
        digits(value.getNano() / 1000, 6);
        put((byte) '+');
        put2('0', '0');
        return this;
    }

    public CopyRows date(LocalDate value) throws SQLException {
        separate();
        if (value == null) {
            return nullValue();
        }
        ymd(value);
        return this;
    }

    public CopyRows number(BigDecimal value) throws SQLException {
        return text(value == null ? null : value.toPlainString());
    }

    public CopyRows integer(long value) throws SQLException {
        return text(Long.toString(value));
    }

    public CopyRows bool(boolean value) throws SQLException {
        separate();
        put((byte) (value ? 't' : 'f'));
        return this;
    }

    public void endRow() throws SQLException {
        put((byte) '\n');
        rowStarted = false;
        rows++;
    }

    /** Sends what is buffered and completes the COPY; returns the rows the server took. */
    public long finish() throws SQLException {
        flush();
        finished = true;
        long copied = copy.endCopy();
        return copied >= 0 ? copied : rows;
    }

    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() throws SQLException {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private CopyRows nullValue() throws SQLException {
        put2('\\', 'N');
        return this;
    }

    private void ymd(LocalDate value) throws SQLException {
        digits(value.getYear(), 4);
        put((byte) '-');
        digits(value.getMonthValue(), 2);
        put((byte) '-');
        digits(value.getDayOfMonth(), 2);
    }

    private void hex(long bits, int count) throws SQLException {
        for (int shift = (count - 1) * 4; shift >= 0; shift -= 4) {
            put(HEX[(int) (bits >>> shift) & 0xF]);
        }
    }

    private void digits(int value, int width) throws SQLException {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            buffer[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void utf8(int codePoint) throws SQLException {
        if (codePoint < 0x800) {
            put((byte) (0xC0 | codePoint >> 6));
            put((byte) (0x80 | codePoint & 0x3F));
        }
        else if (codePoint < 0x10000) {
            put((byte) (0xE0 | codePoint >> 12));
            put((byte) (0x80 | codePoint >> 6 & 0x3F));
            put((byte) (0x80 | codePoint & 0x3F));
        }
        else {
            put((byte) (0xF0 | codePoint >> 18));
            put((byte) (0x80 | codePoint >> 12 & 0x3F));
            put((byte) (0x80 | codePoint >> 6 & 0x3F));
            put((byte) (0x80 | codePoint & 0x3F));
        }
    }

    private void put2(char a, char b) throws SQLException {
        put((byte) a);
        put((byte) b);
    }

    private void put(byte b) throws SQLException {
        if (length == BUFFER_SIZE) {
            flush();
        }
        buffer[length++] = b;
    }

    private void ensure(int bytes) throws SQLException {
        if (length + bytes > BUFFER_SIZE) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
