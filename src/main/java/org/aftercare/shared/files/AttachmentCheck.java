package org.aftercare.shared.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether a file someone sent is kept (a buyer's attachment at the desk, a QC photo at a
 * return warehouse). The type is read from the bytes (Tika's magic numbers);
 * the name and the declared type only count against the file: an executable named photo.jpg, or a
 * PDF declared as image/png, is refused as disguised.
 */
public final class AttachmentCheck {

    private static final Tika TIKA = new Tika();

    private final long maxBytes;
    private final List<String> allowedTypes;

    public AttachmentCheck(long maxBytes, List<String> allowedTypes) {
        this.maxBytes = maxBytes;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    /** A file that may be kept: its type as detected and its SHA-256. */
    public record Accepted(String fileName, String mediaType, byte[] content, String sha256) {
    }

    /** Why a file is refused, in words an agent or an API client can act on. */
    public record Verdict(Accepted accepted, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** @param declaredType the media type the sender declared, if any */
    public Verdict check(String fileName, String declaredType, byte[] content) {
        String name = name(fileName);
        long size = content == null ? 0 : content.length;
        String detected = size == 0 || size > maxBytes ? null : detect(content);
        String refusal = refusal(name, declaredType, size, detected);
        return refusal != null ? refuse(refusal) : new Verdict(new Accepted(name, detected, content, sha256(content)), null);
    }

    /**
     * The same checks for a file too large to hold in memory, already written to disk and typed with
     * {@link #detect(Path)}.
     *
     * @param detectedType may be null when the size is already refused
     * @return why the file is refused, or null if it is kept
     */
    public String refusal(String fileName, String declaredType, long size, String detectedType) {
        String name = name(fileName);
        if (size <= 0) {
            return name + " is empty";
        }
        if (size > maxBytes) {
            return name + " has " + size + " bytes; the limit is " + maxBytes + " bytes ("
                    + maxBytes / (1024 * 1024) + " MB)";
        }
        String detected = baseType(detectedType);
        if (!allowedTypes.contains(detected)) {
            return name + " is " + detected + ", which is not accepted; accepted: " + String.join(", ", allowedTypes);
        }
        String declared = declaredType == null ? null : baseType(declaredType);
        if (declared != null && !declared.equals("application/octet-stream") && !sameFamily(declared, detected)) {
            return name + " is declared as " + declared + " but its content is " + detected;
        }
        String byName = TIKA.detect(name);
        if (!byName.equals(MimeTypes.OCTET_STREAM) && !sameFamily(byName, detected)) {
            return name + " is named like " + byName + " but its content is " + detected;
        }
        return null;
    }

    /** The type of a file on disk, from its first bytes. */
    public static String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return baseType(TIKA.detect(in));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
    }

    private static Verdict refuse(String reason) {
        return new Verdict(null, reason);
    }

    private static String detect(byte[] content) {
        try {
            return baseType(TIKA.detect(new ByteArrayInputStream(content)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** image/jpg and image/jpeg, text/plain and text/csv: a name or declaration may be loose within a family. */
    private static boolean sameFamily(String claimed, String detected) {
        if (claimed.equals(detected)) {
            return true;
        }
        String claimedFamily = claimed.substring(0, Math.max(claimed.indexOf('/'), 0));
        String detectedFamily = detected.substring(0, Math.max(detected.indexOf('/'), 0));
        return !claimedFamily.isEmpty() && claimedFamily.equals(detectedFamily)
                && !claimedFamily.equals("application");
    }

    private static String baseType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
