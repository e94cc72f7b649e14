package org.aftercare.orders.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value of each column must look like. Each rule returns the value as the domain wants it
 * or rejects it with the reason the seller reads in the import report.
 */
final class ColumnRules {

    static final int MAX_ORDER_NUMBER = 64;
    static final int MAX_SKU = 128;
    static final int MAX_TITLE = 500;
    static final int MAX_CONTACT = 254;

    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> YES = Set.of("true", "yes", "y", "1");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "");

    private ColumnRules() {
    }

    static String required(String value, int maxLength) {
        if (value.isEmpty()) {
            throw new FieldRejected("is required");
        }
        return optional(value, maxLength);
    }

    static String optional(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new FieldRejected("is longer than " + maxLength + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    static Currency currency(String code) {
        if (code.isEmpty()) {
            throw new FieldRejected("is required");
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new FieldRejected("unknown currency '" + code + "', expected an ISO 4217 code like USD");
        }
    }

    /** A non-negative decimal with a dot, no thousands separators, no currency sign. */
    static BigDecimal amount(String text) {
        if (text.isEmpty()) {
            throw new FieldRejected("is required");
        }
        if (text.startsWith("-") && AMOUNT.matcher(text.substring(1)).matches()) {
            throw new FieldRejected("is negative: " + text);
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw new FieldRejected("'" + text + "' is not an amount like 12.50");
        }
        return new BigDecimal(text);
    }

    /** The amount has no more decimals than the currency has minor units: 0.5 JPY is not a price. */
    static void fitsCurrency(BigDecimal amount, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new FieldRejected(amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + digits + ")");
        }
    }

    static int quantity(String text) {
        if (text.isEmpty()) {
            throw new FieldRejected("is required");
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new FieldRejected("'" + text + "' is not a whole number");
        }
        int quantity;
        try {
            quantity = Integer.parseInt(text);
        }
        catch (NumberFormatException e) {
            throw new FieldRejected(text + " is too large");
        }
        if (quantity < 1) {
            throw new FieldRejected("must be at least 1, was " + text);
        }
        return quantity;
    }

    static boolean flag(String text) {
        String value = text.toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw new FieldRejected("'" + text + "' is not true or false");
    }

    static String email(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_CONTACT || !EMAIL.matcher(text).matches()) {
            throw new FieldRejected("'" + text + "' is not an e-mail address");
        }
        return text;
    }

    static String phone(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(text).matches()) {
            throw new FieldRejected("'" + text + "' is not a phone number");
        }
        return text;
    }

    static String country(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new FieldRejected("'" + text + "' is not an ISO 3166 country code like DE");
        }
        return code;
    }

    static String language(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!LANGUAGE.matcher(text).matches()) {
            throw new FieldRejected("'" + text + "' is not a language tag like en or zh-CN");
        }
        return Locale.forLanguageTag(text.replace('_', '-')).toLanguageTag();
    }

    static String zone(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(text).getId();
        }
        catch (DateTimeException e) {
            throw new FieldRejected("'" + text + "' is not a time zone like Europe/Berlin");
        }
    }
}
