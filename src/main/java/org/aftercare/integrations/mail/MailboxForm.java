package org.aftercare.integrations.mail;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A mailbox as a manager enters it. Every field is checked here, and a bad one is named in the
 * error (which the API answers with 400).
 *
 * @param imapSecurity TLS (default), STARTTLS or NONE
 * @param smtpUser     the SMTP login; defaults to the IMAP user
 * @param enabled      defaults to true
 */
record MailboxForm(UUID shop, String address, String displayName,
                   String imapHost, Integer imapPort, String imapSecurity, String imapUser,
                   String smtpHost, Integer smtpPort, String smtpSecurity, String smtpUser,
                   String passwordVariable, Boolean enabled) {

    // A DNS name (labels of letters, digits, '-') or an IPv4 address; no scheme, path or port.
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    /** The checked values, with defaults filled in. */
    Valid validated() {
        if (shop == null) {
            throw new IllegalArgumentException("shop: required, the id of one of your shops");
        }
        String mail = address(address);
        if (displayName != null && displayName.length() > 100) {
            throw new IllegalArgumentException("displayName: at most 100 characters");
        }
        if (displayName != null && displayName.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("displayName: must be one line");
        }
        MailServer imap = new MailServer(host("imapHost", imapHost), port("imapPort", imapPort),
                security("imapSecurity", imapSecurity), login("imapUser", imapUser, true));
        MailServer smtp = new MailServer(host("smtpHost", smtpHost), port("smtpPort", smtpPort),
                security("smtpSecurity", smtpSecurity),
                smtpUser == null ? imap.user() : login("smtpUser", smtpUser, false));
        Secrets.checkName("passwordVariable", passwordVariable);
        return new Valid(shop, mail, displayName == null || displayName.isBlank() ? null : displayName.strip(), imap, smtp,
                passwordVariable, enabled == null || enabled);
    }

    record Valid(UUID shop, String address, String displayName, MailServer imap, MailServer smtp, String passwordVariable,
                 boolean enabled) {
    }

    private static String address(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("address: required, the shop's e-mail address buyers write to");
        }
        try {
            InternetAddress parsed = new InternetAddress(value.strip(), true);
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a bare address");
            }
            return parsed.getAddress().toLowerCase(Locale.ROOT);
        }
        catch (AddressException e) {
            throw new IllegalArgumentException("address: not an e-mail address like service@shop.example: '" + value + "'");
        }
    }

    private static String host(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required, a host name like imap.example.com");
        }
        String host = value.strip().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(field + ": not a host name or IPv4 address (no scheme, port or path): '"
                    + value + "'");
        }
        return host;
    }

    private static int port(String field, Integer value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": required, 1-65535");
        }
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException(field + ": must be between 1 and 65535, got " + value);
        }
        return value;
    }

    private static MailSecurity security(String field, String value) {
        if (value == null || value.isBlank()) {
            return MailSecurity.TLS;
        }
        try {
            return MailSecurity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": one of TLS, STARTTLS, NONE; got '" + value + "'");
        }
    }

    private static String login(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + ": required, the login of the mailbox");
            }
            return null;
        }
        if (value.length() > 320 || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": at most 320 characters, no control characters");
        }
        return value.strip();
    }
}
