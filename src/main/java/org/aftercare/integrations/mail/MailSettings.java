package org.aftercare.integrations.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the e-mail adapter ({@code aftercare.integrations.mail.*}). How often mailboxes are
 * polled is the desk's setting {@code aftercare.desk.mail-poll-every} (default 1m).
 *
 * @param pollBatch         most mails taken from one mailbox in one poll; the rest come with the next poll
 * @param timeout           connect and read timeout towards IMAP and SMTP servers
 * @param notificationsFrom sender of the managers' escalation e-mails, sent through {@code spring.mail.*}
 */
@ConfigurationProperties("aftercare.integrations.mail")
record MailSettings(@DefaultValue("200") int pollBatch,
                    @DefaultValue("30s") Duration timeout,
                    @DefaultValue("Aftercare <aftercare@localhost>") String notificationsFrom) {

    MailSettings {
        if (pollBatch < 1) {
            throw new IllegalArgumentException("aftercare.integrations.mail.poll-batch: must be positive");
        }
    }
}
