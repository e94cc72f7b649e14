package org.aftercare.integrations.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail no buyer wrote: out-of-office answers, bounces, delivery reports, bulk mail (RFC 3834
 * Auto-Submitted, the de-facto X-Autoreply / X-Autorespond and Precedence headers, MAILER-DAEMON
 * senders, multipart/report). Answering them would start mail loops; they never become tickets.
 */
final class AutoReplies {

    private static final Set<String> MACHINE_PRECEDENCE = Set.of("auto_reply", "bulk", "junk");
    private static final Set<String> MACHINE_SENDERS = Set.of("mailer-daemon", "postmaster");

    private AutoReplies() {
    }

    /** Why the message is machine-sent, or empty for a message a person wrote. */
    static Optional<String> reason(MimeMessage message, String mailboxAddress) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted);
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond"}) {
            if (header(message, name) != null) {
                return Optional.of(name + " header");
            }
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && MACHINE_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
            return Optional.of("Precedence: " + precedence);
        }
        if (message.isMimeType("multipart/report")) {
            return Optional.of("delivery or read report (multipart/report)");
        }
        String returnPath = header(message, "Return-Path");
        if ("<>".equals(returnPath)) {
            return Optional.of("bounce (empty Return-Path)");
        }
        var from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender && sender.getAddress() != null) {
            String address = sender.getAddress().toLowerCase(Locale.ROOT);
            String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (MACHINE_SENDERS.contains(local)) {
                return Optional.of("bounce from " + sender.getAddress());
            }
            if (address.equals(mailboxAddress)) {
                return Optional.of("sent from the shop's own address");
            }
        }
        return Optional.empty();
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        return value == null || value.isBlank() ? null : value.strip();
    }
}
