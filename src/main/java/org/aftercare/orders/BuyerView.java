package org.aftercare.orders;

import java.time.Instant;

/**
 * A buyer as someone may see them. Contact data (name, e-mail, phone) is masked for those who
 * only read, and null once the buyer was erased; country, language and zone stay, as they carry
 * no identity and drive notices and SLAs.
 */
public record BuyerView(BuyerId id, String ref, String name, String email, String phone, String country,
                        String language, String timeZone, Instant erasedAt, boolean masked) {

    public boolean erased() {
        return erasedAt != null;
    }

    /** The same buyer with contact data reduced to hints: "j***@example.com", "***89". */
    public BuyerView withContactMasked() {
        if (masked) {
            return this;
        }
        return new BuyerView(id, maskRef(ref), maskName(name), maskEmail(email), maskPhone(phone), country, language,
                timeZone, erasedAt, true);
    }

    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 2 ? "***" : "***" + digits.substring(digits.length() - 2);
    }

    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
    }

    /** A ref is the platform's buyer id, or the e-mail when there is none; only the latter is personal. */
    private static String maskRef(String ref) {
        return ref != null && ref.contains("@") ? maskEmail(ref) : ref;
    }
}
