package org.aftercare.integrations.mail;

import java.time.Clock;
import java.util.Date;

import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutboundNotice;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Outreach's notices by e-mail, from the shop's own mailbox through its SMTP server, with the
 * notice's id as Message-ID (so a buyer's answer can be traced to it) and its language as
 * Content-Language. An address the server refuses outright is undeliverable, not retried.
 */
@Component
class EmailNoticeChannel implements NoticeChannel {

    private final Mailboxes mailboxes;
    private final MailSenders senders;
    private final Clock clock;

    EmailNoticeChannel(Mailboxes mailboxes, MailSenders senders, Clock clock) {
        this.mailboxes = mailboxes;
        this.senders = senders;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean availableFor(TenantId tenant, ShopId shop) {
        return mailboxes.ofShop(tenant, shop).filter(Mailbox::enabled).isPresent();
    }

    @Override
    public void send(OutboundNotice notice) throws Exception {
        Mailbox mailbox = mailboxes.ofShop(notice.tenant(), notice.shop()).filter(Mailbox::enabled)
                .orElseThrow(() -> new IllegalStateException("shop " + notice.shop().value() + " has no enabled mailbox"));
        InternetAddress to;
        try {
            to = new InternetAddress(notice.recipient(), true);
            to.setPersonal(notice.recipientName(), "UTF-8");
        }
        catch (AddressException e) {
            throw new Undeliverable("invalid e-mail address '" + notice.recipient() + "': " + e.getMessage());
        }
        var sender = senders.of(mailbox);
        MimeMessage mail = new NoticeMail(sender.getSession(), "<" + notice.id() + "@aftercare>");
        var helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8"));
        helper.setTo(to);
        helper.setSubject(notice.subject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(notice.body(), false);
        mail.setHeader("Content-Language", notice.language());
        mail.setHeader("Auto-Submitted", "auto-generated");
        try {
            sender.send(mail);
        }
        catch (org.springframework.mail.MailSendException e) {
            if (e.getMessageExceptions().length > 0 && e.getMessageExceptions()[0] instanceof SendFailedException refused
                    && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0) {
                throw new Undeliverable("the mail server refused '" + notice.recipient() + "': " + refused.getMessage());
            }
            throw e;
        }
    }

    /** A message that keeps the Message-ID outreach gave the notice. */
    private static final class NoticeMail extends MimeMessage {

        private final String messageId;

        NoticeMail(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
