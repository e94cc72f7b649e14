package org.aftercare.logistics;

/**
 * A file the carrier sent with its statement (a letter, a proof of delivery, a screenshot). The
 * content type is detected from the bytes, not taken from the client.
 */
public record TicketAttachment(String name, String contentType, byte[] bytes) {

    /** Larger files belong in the evidence archive, not on a ticket. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public TicketAttachment {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("file: is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("file: is %.1f MB; at most 10 MB".formatted(bytes.length / 1048576.0));
        }
        name = name == null || name.isBlank() ? "attachment" : name.strip();
    }

    /** Detects the type from the file's first bytes: PDF, PNG, JPEG, GIF, WebP, ZIP-based office files, else text or binary. */
    public static TicketAttachment of(String name, byte[] bytes) {
        return new TicketAttachment(name, detect(bytes), bytes);
    }

    static String detect(byte[] b) {
        if (b == null) {
            return "application/octet-stream";
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "image/gif";
        }
        if (b.length >= 12 && startsWith(b, 0x52, 0x49, 0x46, 0x46) && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "application/zip";
        }
        return isUtf8Text(b) ? "text/plain" : "application/octet-stream";
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] b) {
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(b, 0, Math.min(b.length, 8192))).toString();
            return text.chars().noneMatch(c -> c < 0x09 || (c > 0x0D && c < 0x20));
        }
        catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
