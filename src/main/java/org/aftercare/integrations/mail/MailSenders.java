package org.aftercare.integrations.mail;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * One SMTP client per mailbox, kept between replies and built again when the mailbox's
 * configuration (its version) or the password in the environment changes.
 */
@Component
class MailSenders {

    private final Secrets secrets;
    private final MailSettings settings;
    private final Map<UUID, Built> built = new ConcurrentHashMap<>();

    MailSenders(Secrets secrets, MailSettings settings) {
        this.secrets = secrets;
        this.settings = settings;
    }

    private record Built(int version, String password, JavaMailSenderImpl sender) {
    }

    JavaMailSenderImpl of(Mailbox mailbox) {
        String password = secrets.require("passwordVariable", mailbox.passwordVariable());
        return built.compute(mailbox.id(), (id, cached) ->
                cached != null && cached.version() == mailbox.version() && cached.password().equals(password)
                        ? cached : new Built(mailbox.version(), password, build(mailbox.smtp(), password))).sender();
    }

    private JavaMailSenderImpl build(MailServer smtp, String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setProtocol(MailSessions.smtpProtocol(smtp));
        sender.setDefaultEncoding("UTF-8");
        if (smtp.user() != null) {
            sender.setUsername(smtp.user());
            sender.setPassword(password);
        }
        sender.setJavaMailProperties(MailSessions.smtp(smtp, settings.timeout()));
        return sender;
    }
}
