package org.aftercare.outreach.notices;

import java.util.regex.Pattern;

/**
 * When an address can never be delivered to, as regular expressions both Java and PostgreSQL read
 * alike: {@link Recipients} checks a single notice's address with them, a campaign's queueing
 * passes them to its {@code insert … select} ({@code recipient !~ :email}). Written with literal
 * characters only (no {@code \s}, whose meaning differs between the two) and anchored with
 * {@code ^…$}, matched in Java against the whole address. {@code AddressRulesTests} runs both on a
 * table of good and bad addresses.
 */
public final class AddressRules {

    /** Not allowed in either part of an e-mail address: {@code @}, whitespace, quotes, brackets, separators. */
    private static final String EMAIL_CHARS = "[^@ \t\r\n\f\u000B\u00A0\"(),:;<>\\[\\]\\\\]";

    /** A local part, {@code @}, and a domain of at least two non-empty labels separated by dots. */
    public static final String EMAIL = "^" + EMAIL_CHARS + "+@" + noDot(EMAIL_CHARS) + "+(\\." + noDot(EMAIL_CHARS) + "+)+$";

    /** Characters people write inside phone numbers, removed before the number is checked. */
    public static final String PHONE_SEPARATORS = "[ \t\u00A0().-]";

    /** An international number (E.164): an optional +, 7 to 15 digits, not starting with 0. */
    public static final String PHONE = "^\\+?[1-9][0-9]{6,14}$";

    private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);
    private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);

    private AddressRules() {
    }

    public static boolean emailLooksDeliverable(String address) {
        return EMAIL_PATTERN.matcher(address).matches();
    }

    public static boolean phoneLooksDeliverable(String number) {
        return PHONE_PATTERN.matcher(number.replaceAll(PHONE_SEPARATORS, "")).matches();
    }

    private static String noDot(String negatedClass) {
        return negatedClass.substring(0, negatedClass.length() - 1) + ".]";
    }
}
