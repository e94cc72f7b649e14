package org.aftercare.integrations.mail;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;

import org.aftercare.desk.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

/**
 * Reads the shops' inboxes over IMAP and hands each new buyer mail to the desk's {@link Inbox}.
 * Only mail above the last UID seen is fetched (per UIDVALIDITY), the inbox is opened read-only
 * and nothing is deleted or flagged, so the seller's own mail client sees the mailbox as before.
 * One mail that cannot be read is recorded with its reason and passed over; a database failure
 * stops the poll before the mail, so it is tried again next time.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final Mailboxes mailboxes;
    private final IntakeFailures failures;
    private final Inbox inbox;
    private final Secrets secrets;
    private final MailSettings settings;
    private final Clock clock;

    MailboxPoller(Mailboxes mailboxes, IntakeFailures failures, Inbox inbox, Secrets secrets, MailSettings settings,
                  Clock clock) {
        this.mailboxes = mailboxes;
        this.failures = failures;
        this.inbox = inbox;
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What one poll did.
     *
     * @param busy  another poll (on this or another instance) held the mailbox; nothing was done
     * @param error why the mailbox could not be read, or null
     */
    record Poll(int fetched, int received, int duplicates, int skipped, int failed, boolean busy, String error) {

        static Poll busyElsewhere() {
            return new Poll(0, 0, 0, 0, 0, true, null);
        }
    }

    @Scheduled(fixedDelayString = "${aftercare.desk.mail-poll-every:1m}", initialDelayString = "${aftercare.desk.mail-poll-every:1m}")
    void pollAll() {
        for (Mailbox mailbox : mailboxes.enabled()) {
            var poll = poll(mailbox);
            if (poll.fetched() > 0 || poll.error() != null) {
                log.info("Mailbox {}: {}", mailbox.address(), poll);
            }
        }
    }

    Poll poll(Mailbox mailbox) {
        if (!mailboxes.lease(mailbox.id())) {
            return Poll.busyElsewhere();
        }
        Tally tally = new Tally();
        String error = null;
        try {
            read(mailbox, tally);
        }
        catch (Secrets.MissingSecret e) {
            error = e.getMessage();
        }
        catch (MessagingException e) {
            error = "IMAP " + mailbox.imap() + ": " + describe(e);
            log.warn("Mailbox {}: {}", mailbox.address(), error);
        }
        catch (DataAccessException | TransactionException e) {
            error = "database: " + e.getMostSpecificCause().getMessage();
            log.warn("Mailbox {}: poll stopped, the mail will be read again", mailbox.address(), e);
        }
        mailboxes.polled(mailbox.id(), error);
        return new Poll(tally.fetched, tally.received, tally.duplicates, tally.skipped, tally.failed, false, error);
    }

    private static final class Tally {
        int fetched;
        int received;
        int duplicates;
        int skipped;
        int failed;
    }

    private void read(Mailbox mailbox, Tally tally) throws MessagingException {
        String password = secrets.require("passwordVariable", mailbox.passwordVariable());
        var session = MailSessions.imap(mailbox.imap(), settings.timeout());
        try (Store store = session.getStore(MailSessions.imapProtocol(mailbox.imap()))) {
            store.connect(mailbox.imap().host(), mailbox.imap().port(), mailbox.imap().user(), password);
            try (Folder folder = store.getFolder("INBOX")) {
                folder.open(Folder.READ_ONLY);
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                long after = mailbox.uidValidity() != null && mailbox.uidValidity() == validity ? mailbox.lastUid() : 0;
                if (after == 0 && mailbox.uidValidity() != null && mailbox.uidValidity() != validity) {
                    log.info("Mailbox {}: UIDVALIDITY changed from {} to {}, reading the inbox again", mailbox.address(),
                            mailbox.uidValidity(), validity);
                }
                Message[] fresh = uids.getMessagesByUID(after + 1, UIDFolder.MAXUID);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(fresh, profile);
                // "n:*" always answers the last message, even when its UID is below n.
                Message[] due = Arrays.stream(fresh).filter(m -> uid(uids, m) > after)
                        .sorted(Comparator.comparingLong(m -> uid(uids, m)))
                        .limit(settings.pollBatch())
                        .toArray(Message[]::new);
                for (Message message : due) {
                    take(mailbox, validity, uids.getUID(message), message, tally);
                }
                if (due.length == 0 && !Long.valueOf(validity).equals(mailbox.uidValidity())) {
                    mailboxes.advance(mailbox.id(), validity, after, 0, 0);
                }
            }
        }
    }

    private void take(Mailbox mailbox, long validity, long uid, Message message, Tally tally) throws MessagingException {
        tally.fetched++;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int received = 0;
        int skipped = 0;
        BuyerMail.Envelope envelope = new BuyerMail.Envelope(null, null, null);
        try {
            message.writeTo(raw);
            var mail = BuyerMail.parse(raw.toByteArray());
            envelope = BuyerMail.envelope(mail);
            switch (BuyerMail.read(raw.toByteArray(), mail, mailbox, clock.instant())) {
                case BuyerMail.Skipped skip -> {
                    skipped = 1;
                    tally.skipped++;
                    log.debug("Mailbox {}: skipped UID {}: {}", mailbox.address(), uid, skip.reason());
                }
                case BuyerMail.Buyer buyer -> {
                    var outcome = inbox.receive(mailbox.tenant(), buyer.message());
                    if (outcome.duplicate()) {
                        tally.duplicates++;
                    }
                    else {
                        received = 1;
                        tally.received++;
                    }
                }
            }
        }
        catch (DataAccessException | TransactionException e) {
            throw e;
        }
        catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
            throw e;
        }
        catch (Exception e) {
            tally.failed++;
            failures.record(mailbox, validity, uid, envelope, describe(e));
            log.info("Mailbox {}: UID {} not taken in: {}", mailbox.address(), uid, describe(e));
        }
        mailboxes.advance(mailbox.id(), validity, uid, received, skipped);
    }

    private static long uid(UIDFolder folder, Message message) {
        try {
            return folder.getUID(message);
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e ? message : message + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
}
