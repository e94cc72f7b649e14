package org.aftercare.integrations.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * E-mails as buyers' mail clients send them, delivered over SMTP to the test mail server:
 * {@code aBuyerMail().from("anna@example.de").to(shop).text("Wo ist mein Paket?").send()}.
 */
final class BuyerMails {

    private String from = "buyer@example.de";
    private String fromName;
    private String to;
    private String subject = "Frage zu meiner Bestellung";
    private String text;
    private String html;
    private Date sentAt = new Date();
    private String messageId = "<" + UUID.randomUUID() + "@mail.example.de>";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<MimeBodyPart> files = new ArrayList<>();

    static BuyerMails aBuyerMail() {
        return new BuyerMails();
    }

    BuyerMails from(String address, String name) {
        this.from = address;
        this.fromName = name;
        return this;
    }

    BuyerMails to(String address) {
        this.to = address;
        return this;
    }

    BuyerMails subject(String subject) {
        this.subject = subject;
        return this;
    }

    BuyerMails text(String text) {
        this.text = text;
        return this;
    }

    BuyerMails html(String html) {
        this.html = html;
        return this;
    }

    BuyerMails sentAt(java.time.Instant at) {
        this.sentAt = Date.from(at);
        return this;
    }

    BuyerMails header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    BuyerMails withoutMessageId() {
        this.messageId = null;
        return this;
    }

    BuyerMails attach(String fileName, String type, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(fileName);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        files.add(part);
        return this;
    }

    String messageId() {
        return messageId;
    }

    /** Sends it to the test server's SMTP and returns its Message-ID. */
    String send() throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", WithMailServer.HOST);
        properties.setProperty("mail.smtp.port", String.valueOf(WithMailServer.SMTP_PORT));
        properties.setProperty("mail.smtp.from", from == null ? "nobody@example.de" : from);
        Session session = Session.getInstance(properties);
        MimeMessage mail = new MimeMessage(session);
        if (from != null) {
            try {
                mail.setFrom(new InternetAddress(from, fromName, "UTF-8"));
            }
            catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        mail.setSentDate(sentAt);
        if (files.isEmpty()) {
            mail.setText(html != null ? html : text, "UTF-8", html != null ? "html" : "plain");
        }
        else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(html != null ? html : text, "UTF-8", html != null ? "html" : "plain");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            for (MimeBodyPart file : files) {
                mixed.addBodyPart(file);
            }
            mail.setContent(mixed);
        }
        mail.saveChanges();
        // saveChanges gives every message a new Message-ID; set ours (or none) after it, and send as is.
        if (messageId == null) {
            mail.removeHeader("Message-ID");
        }
        else {
            mail.setHeader("Message-ID", messageId);
        }
        headers.forEach((name, value) -> {
            try {
                mail.setHeader(name, value);
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(mail, mail.getAllRecipients());
        }
        return messageId;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
