package org.aftercare.logistics.carriers;

import java.util.Locale;

/**
 * A contact as a client writes it; {@link #validated()} says which field is wrong, in the
 * "field: reason" form the API turns into a 400.
 */
public record CarrierContactRequest(String carrierCode, String country, String channel, String value,
                                    Integer claimWindowDays, String notes) {

    static final int MAX_CLAIM_WINDOW_DAYS = 3650;
    static final int MAX_VALUE = 500;
    static final int MAX_NOTES = 2000;

    public CarrierContactRequest validated() {
        String carrier = blankToNull(carrierCode);
        if (carrier == null) {
            throw new IllegalArgumentException("carrierCode: required");
        }
        String iso = blankToNull(country);
        if (iso != null) {
            iso = iso.toUpperCase(Locale.ROOT);
            if (!iso.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("country: must be an ISO country code such as US");
            }
        }
        if (blankToNull(channel) == null) {
            throw new IllegalArgumentException("channel: required (email, phone, portal, wechat or other)");
        }
        CarrierContact.Channel kind;
        try {
            kind = CarrierContact.Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channel: must be email, phone, portal, wechat or other");
        }
        String text = blankToNull(value);
        if (text == null) {
            throw new IllegalArgumentException("value: required");
        }
        if (text.length() > MAX_VALUE) {
            throw new IllegalArgumentException("value: at most " + MAX_VALUE + " characters");
        }
        if (kind == CarrierContact.Channel.EMAIL && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("value: not an e-mail address");
        }
        if (claimWindowDays != null && (claimWindowDays < 1 || claimWindowDays > MAX_CLAIM_WINDOW_DAYS)) {
            throw new IllegalArgumentException("claimWindowDays: must be between 1 and " + MAX_CLAIM_WINDOW_DAYS);
        }
        String note = blankToNull(notes);
        if (note != null && note.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes: at most " + MAX_NOTES + " characters");
        }
        return new CarrierContactRequest(carrier.toUpperCase(Locale.ROOT), iso, kind.name(), text, claimWindowDays, note);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
