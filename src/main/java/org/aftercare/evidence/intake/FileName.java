package org.aftercare.evidence.intake;

import org.aftercare.evidence.EvidenceRefused;

/**
 * A file's name as the archive keeps it: a plain name, never a path. Names that try to leave a
 * directory ("../x", "/etc/passwd", "C:\\x", "a/b") or hide something (NUL, control characters) are
 * refused, not cleaned: the sender should know their file was not taken as named.
 */
public final class FileName {

    static final int MAX_LENGTH = 255;

    private FileName() {
    }

    /** @return the name, stripped of surrounding spaces */
    public static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new EvidenceRefused("fileName: a file needs a name");
        }
        String stripped = name.strip();
        if (stripped.indexOf('\0') >= 0) {
            throw new EvidenceRefused("fileName: " + printable(stripped) + " contains a NUL character");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new EvidenceRefused("fileName: " + printable(stripped) + " contains control characters");
        }
        if (stripped.contains("/") || stripped.contains("\\") || stripped.matches("^[A-Za-z]:.*")) {
            throw new EvidenceRefused("fileName: " + stripped + " is a path; send the file's name only (no / or \\)");
        }
        if (stripped.equals(".") || stripped.equals("..") || stripped.startsWith("..")) {
            throw new EvidenceRefused("fileName: " + stripped + " points outside its directory");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new EvidenceRefused("fileName: longer than " + MAX_LENGTH + " characters");
        }
        return stripped;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
