package org.aftercare.integrations.mail;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Session;

/** Jakarta Mail sessions for a mailbox's servers, with TLS as configured and timeouts so a dead server cannot hang a poll. */
final class MailSessions {

    private MailSessions() {
    }

    static String imapProtocol(MailServer server) {
        return server.security() == MailSecurity.TLS ? "imaps" : "imap";
    }

    static String smtpProtocol(MailServer server) {
        return server.security() == MailSecurity.TLS ? "smtps" : "smtp";
    }

    static Session imap(MailServer server, Duration timeout) {
        return Session.getInstance(properties(imapProtocol(server), server, timeout));
    }

    static Properties smtp(MailServer server, Duration timeout) {
        Properties properties = properties(smtpProtocol(server), server, timeout);
        properties.setProperty("mail." + smtpProtocol(server) + ".auth", String.valueOf(server.user() != null));
        properties.setProperty("mail.transport.protocol", smtpProtocol(server));
        return properties;
    }

    private static Properties properties(String protocol, MailServer server, Duration timeout) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(timeout.toMillis());
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        if (server.security() == MailSecurity.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (server.security() != MailSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
