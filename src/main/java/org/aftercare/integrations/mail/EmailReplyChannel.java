package org.aftercare.integrations.mail;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.aftercare.desk.Channel;
import org.aftercare.desk.OutboundReply;
import org.aftercare.desk.ReplyChannel;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Agents' replies to e-mail tickets, sent from the shop's own mailbox through its SMTP server, as
 * an answer in the buyer's thread: our Message-ID (so the buyer's answer finds the ticket),
 * In-Reply-To and References of the buyer's mails, the ticket number in the subject.
 */
@Component
class EmailReplyChannel implements ReplyChannel {

    private static final Pattern REPLY_PREFIX = Pattern.compile("^((re|aw|antw|sv|r|rif|rv|ref|回复|答复)\\s?[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final Mailboxes mailboxes;
    private final MailSenders senders;
    private final Clock clock;

    EmailReplyChannel(Mailboxes mailboxes, MailSenders senders, Clock clock) {
        this.mailboxes = mailboxes;
        this.senders = senders;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboundReply reply) throws Exception {
        Mailbox mailbox = mailboxes.ofShop(reply.tenant(), reply.shop())
                .filter(Mailbox::enabled)
                .orElseThrow(() -> new IllegalStateException("shop " + reply.shop().value() + " has no enabled mailbox"));
        var sender = senders.of(mailbox);
        MimeMessage mail = new ReplyMail(sender.getSession(), reply.messageId());
        var helper = new MimeMessageHelper(mail, false, "UTF-8");
        helper.setFrom(new InternetAddress(mailbox.address(), mailbox.displayName(), "UTF-8"));
        helper.setTo(new InternetAddress(reply.to(), reply.toName(), "UTF-8"));
        helper.setSubject(subject(reply.subject(), reply.ticketNumber()));
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(reply.body(), false);
        List<String> thread = reply.inReplyTo().stream().filter(id -> MESSAGE_ID.matcher(id).matches()).toList();
        if (!thread.isEmpty()) {
            mail.setHeader("In-Reply-To", thread.getLast());
            mail.setHeader("References", String.join(" ", thread));
        }
        if (reply.language() != null && !reply.language().equals("und")) {
            mail.setHeader("Content-Language", reply.language());
        }
        sender.send(mail);
    }

    /** "Re: <the buyer's subject> [#<ticket>]", without piling up "Re: Re:" or repeating the number. */
    static String subject(String subject, long ticketNumber) {
        String tag = "[#" + ticketNumber + "]";
        String base = subject == null ? "" : REPLY_PREFIX.matcher(subject.strip()).replaceFirst("");
        base = base.replace(tag, "").strip();
        return ("Re: " + base + " " + tag).replaceAll("\\s+", " ");
    }

    /** A message that keeps the Message-ID the desk gave the reply, instead of one made up on sending. */
    private static final class ReplyMail extends MimeMessage {

        private final String messageId;

        ReplyMail(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
