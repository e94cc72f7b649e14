package org.aftercare.integrations.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftercare.desk.Channel;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.InboundMessage.IncomingAttachment;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads one e-mail as it arrived (the raw RFC 5322 bytes) into what the desk takes in: the buyer's
 * own words (text/plain preferred, else the HTML as text, quoted earlier messages cut), every part
 * with a file name as an attachment, the thread it answers (In-Reply-To, References) and its
 * Message-ID as the id that makes a second delivery harmless.
 */
final class BuyerMail {

    /** The desk's longest message body; a longer e-mail is cut, saying so. */
    static final int MAX_BODY = 100_000;
    private static final int MAX_REFS = 50;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,490}>");
    private static final Session SESSION = Session.getInstance(new java.util.Properties());

    private BuyerMail() {
    }

    /** What a mail is to the desk: a buyer's message, or machine mail skipped with its reason. */
    sealed interface Reading permits Buyer, Skipped {
    }

    record Buyer(InboundMessage message) implements Reading {
    }

    record Skipped(String reason) implements Reading {
    }

    /** The headers worth naming when a mail cannot be read, as far as they can be read. */
    record Envelope(String messageId, String sender, String subject) {
    }

    static MimeMessage parse(byte[] raw) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    static Envelope envelope(MimeMessage mail) {
        String id = null;
        String sender = null;
        String subject = null;
        try {
            id = mail.getMessageID();
            subject = mail.getSubject();
            var from = mail.getFrom();
            sender = from == null || from.length == 0 ? null : from[0].toString();
        }
        catch (MessagingException | RuntimeException e) {
            // whatever could be read is enough to name the mail
        }
        return new Envelope(cut(id, 500), cut(sender, 320), cut(subject, 500));
    }

    static Reading read(byte[] raw, MimeMessage mail, Mailbox mailbox, Instant now) throws MessagingException, IOException {
        var machine = AutoReplies.reason(mail, mailbox.address());
        if (machine.isPresent()) {
            return new Skipped(machine.get());
        }
        var from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender) || sender.getAddress() == null
                || !sender.getAddress().contains("@")) {
            throw new IllegalArgumentException("From: missing or not an e-mail address");
        }
        Content content = new Content();
        walk(mail, content);
        String text = content.plain != null ? content.plain : content.html != null ? HtmlText.of(content.html) : "";
        text = QuotedText.strip(text);
        String subject = mail.getSubject();
        if ((text == null || text.isBlank()) && content.files.isEmpty() && subject != null) {
            text = subject;
        }
        if (text != null && text.length() > MAX_BODY) {
            text = text.substring(0, MAX_BODY - 20) + "\n[… cut: too long]";
        }
        Instant sent = mail.getSentDate() == null ? now : mail.getSentDate().toInstant();
        return new Buyer(new InboundMessage(mailbox.shop(), Channel.EMAIL, externalId(mail, raw), sender.getAddress(),
                sender.getPersonal(), subject, text == null ? "" : text, null, threadRefs(mail),
                sent.isAfter(now) ? now : sent, content.files));
    }

    /** The Message-ID; a mail without one is known by the SHA-256 of its bytes, which a re-delivery repeats. */
    private static String externalId(MimeMessage mail, byte[] raw) throws MessagingException {
        String id = mail.getMessageID();
        if (id != null && !id.isBlank() && id.strip().length() <= 500) {
            return id.strip();
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our messages this one answers: References (oldest first), then In-Reply-To. */
    private static List<String> threadRefs(MimeMessage mail) throws MessagingException {
        Set<String> refs = new LinkedHashSet<>();
        for (String header : new String[] {"References", "In-Reply-To"}) {
            String value = mail.getHeader(header, " ");
            if (value != null) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    refs.add(matcher.group());
                }
            }
        }
        List<String> all = new ArrayList<>(refs);
        return all.size() <= MAX_REFS ? all : all.subList(all.size() - MAX_REFS, all.size());
    }

    private static final class Content {
        String plain;
        String html;
        final List<IncomingAttachment> files = new ArrayList<>();
    }

    private static void walk(Part part, Content content) throws MessagingException, IOException {
        String fileName = fileName(part);
        if (fileName != null) {
            try (InputStream in = part.getInputStream()) {
                content.files.add(new IncomingAttachment(fileName, baseType(part.getContentType()), in.readAllBytes()));
            }
        }
        else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), content);
            }
        }
        else if (part.isMimeType("text/plain") && content.plain == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            content.plain = text(part);
        }
        else if (part.isMimeType("text/html") && content.html == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            content.html = text(part);
        }
    }

    /** The part's text; a charset Java does not know is read as UTF-8 rather than losing the mail. */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        }
        catch (UnsupportedEncodingException e) {
            // fall through to the bytes
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        }
        catch (UnsupportedEncodingException e) {
            // keep the name as written
        }
        name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
