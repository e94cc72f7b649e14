package org.aftercare.integrations.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.aftercare.outreach.Channel;
import org.aftercare.outreach.NoticeChannel;
import org.aftercare.outreach.OutboundNotice;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Outreach's notices by e-mail, from the shop's own mailbox through its SMTP server, with the
 * notice's id as Message-ID (so a buyer's answer can be traced to it) and its language as
 * Content-Language. An address the server refuses outright is undeliverable, not retried. The
 * outbox hands over a round's notices per shop, and they share one SMTP connection.
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
        Exception failure = sendAll(List.of(notice)).getFirst();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Sends a shop's notices over one SMTP connection, opened for the first and reused for the
     * rest. A notice the server refuses does not stop the others; a connection that cannot be
     * (re)opened fails the remaining notices with that reason, to be retried by the outbox.
     */
    @Override
    public List<Exception> sendAll(List<OutboundNotice> notices) {
        List<Exception> outcomes = new ArrayList<>(Collections.nCopies(notices.size(), null));
        if (notices.isEmpty()) {
            return outcomes;
        }
        OutboundNotice first = notices.getFirst();
        JavaMailSenderImpl sender;
        Mailbox mailbox;
        try {
            mailbox = mailboxes.ofShop(first.tenant(), first.shop()).filter(Mailbox::enabled)
                    .orElseThrow(() -> new IllegalStateException("shop " + first.shop().value() + " has no enabled mailbox"));
            sender = senders.of(mailbox);
        }
        catch (RuntimeException e) {
            Collections.fill(outcomes, e);
            return outcomes;
        }
        Transport transport = null;
        try {
            for (int i = 0; i < notices.size(); i++) {
                OutboundNotice notice = notices.get(i);
                MimeMessage mail;
                try {
                    mail = mail(sender, mailbox, notice);
                }
                catch (Undeliverable | MessagingException | UnsupportedEncodingException e) {
                    outcomes.set(i, e);
                    continue;
                }
                if (transport == null || !transport.isConnected()) {
                    try {
                        close(transport);
                        transport = connect(sender);
                    }
                    catch (MessagingException e) {
                        for (int rest = i; rest < notices.size(); rest++) {
                            if (outcomes.get(rest) == null) {
                                outcomes.set(rest, e);
                            }
                        }
                        break;
                    }
                }
                try {
                    transport.sendMessage(mail, mail.getAllRecipients());
                }
                catch (SendFailedException refused) {
                    outcomes.set(i, refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0
                            ? new Undeliverable("the mail server refused '" + notice.recipient() + "': " + refused.getMessage())
                            : refused);
                }
                catch (MessagingException e) {
                    outcomes.set(i, e);
                }
            }
        }
        finally {
            close(transport);
        }
        return outcomes;
    }

    private MimeMessage mail(JavaMailSenderImpl sender, Mailbox mailbox, OutboundNotice notice)
            throws Undeliverable, MessagingException, UnsupportedEncodingException {
        InternetAddress to;
        try {
            to = new InternetAddress(notice.recipient(), true);
            to.setPersonal(notice.recipientName(), "UTF-8");
        }
        catch (AddressException e) {
            throw new Undeliverable("invalid e-mail address '" + notice.recipient() + "': " + e.getMessage());
        }
        MimeMessage mail = new NoticeMail(sender.getSession(), "<" + notice.id() + "@aftercare>");
        var helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8"));
        helper.setTo(to);
        helper.setSubject(notice.subject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(notice.body(), false);
        mail.setHeader("Content-Language", notice.language());
        mail.setHeader("Auto-Submitted", "auto-generated");
        mail.saveChanges();
        return mail;
    }

    private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        Transport transport = sender.getSession().getTransport(sender.getProtocol());
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        return transport;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            }
            catch (MessagingException ignored) {
                // the connection is gone either way
            }
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
