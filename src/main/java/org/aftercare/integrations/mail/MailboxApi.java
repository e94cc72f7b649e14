package org.aftercare.integrations.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shops' mailboxes, for managers and owners: configure, see each mailbox's status (last poll,
 * last error, a missing password variable), the mails that could not be taken in, and poll now.
 * Passwords are never sent here; the configuration names the environment variable that holds it.
 */
@RestController
@RequestMapping("/api/v1/desk/mailboxes")
class MailboxApi {

    private final Mailboxes mailboxes;
    private final IntakeFailures failures;
    private final MailboxPoller poller;
    private final Secrets secrets;
    private final AuditLog audit;

    MailboxApi(Mailboxes mailboxes, IntakeFailures failures, MailboxPoller poller, Secrets secrets, AuditLog audit) {
        this.mailboxes = mailboxes;
        this.failures = failures;
        this.poller = poller;
        this.secrets = secrets;
        this.audit = audit;
    }

    enum Status { OK, NOT_POLLED_YET, ERROR, DISABLED }

    record MailboxView(UUID id, UUID shop, String address, String displayName,
                       String imapHost, int imapPort, MailSecurity imapSecurity, String imapUser,
                       String smtpHost, int smtpPort, MailSecurity smtpSecurity, String smtpUser,
                       String passwordVariable, boolean enabled, Status status, String error,
                       Instant lastPollAt, long received, long skipped, int failures) {
    }

    @GetMapping
    List<MailboxView> list(Actor actor) {
        actor.requireManage();
        return mailboxes.of(actor.tenant()).stream().map(m -> view(actor, m)).toList();
    }

    @GetMapping("/{id}")
    MailboxView get(Actor actor, @PathVariable UUID id) {
        actor.requireManage();
        return view(actor, mailboxes.get(actor.tenant(), id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MailboxView create(Actor actor, @RequestBody MailboxForm form) {
        actor.requireManage();
        Mailbox created = mailboxes.create(actor.tenant(), form);
        audit.record(actor, "mailbox.created", created.id().toString(), created.address());
        return view(actor, created);
    }

    @PutMapping("/{id}")
    MailboxView update(Actor actor, @PathVariable UUID id, @RequestBody MailboxForm form) {
        actor.requireManage();
        Mailbox updated = mailboxes.update(actor.tenant(), id, form);
        audit.record(actor, "mailbox.updated", id.toString(), updated.address());
        return view(actor, updated);
    }

    /** Stops polling and sending; the configuration stays and an update with enabled=true resumes. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(Actor actor, @PathVariable UUID id) {
        actor.requireManage();
        mailboxes.disable(actor.tenant(), id);
        audit.record(actor, "mailbox.disabled", id.toString(), null);
    }

    @PostMapping("/{id}/poll")
    MailboxPoller.Poll poll(Actor actor, @PathVariable UUID id) {
        actor.requireManage();
        Mailbox mailbox = mailboxes.get(actor.tenant(), id);
        if (!mailbox.enabled()) {
            throw new IllegalArgumentException("id: mailbox " + mailbox.address() + " is disabled; enable it first");
        }
        return poller.poll(mailbox);
    }

    @GetMapping("/{id}/failures")
    List<IntakeFailures.IntakeFailure> failures(Actor actor, @PathVariable UUID id) {
        actor.requireManage();
        return failures.of(actor.tenant(), mailboxes.get(actor.tenant(), id).id());
    }

    private MailboxView view(Actor actor, Mailbox m) {
        String missing = secrets.value(m.passwordVariable()).isPresent() ? null
                : "passwordVariable: environment variable " + m.passwordVariable() + " is not set on the server";
        Status status = !m.enabled() ? Status.DISABLED
                : missing != null || m.lastError() != null ? Status.ERROR
                : m.lastPollAt() == null ? Status.NOT_POLLED_YET : Status.OK;
        return new MailboxView(m.id(), m.shop().value(), m.address(), m.displayName(),
                m.imap().host(), m.imap().port(), m.imap().security(), m.imap().user(),
                m.smtp().host(), m.smtp().port(), m.smtp().security(), m.smtp().user(),
                m.passwordVariable(), m.enabled(), status, missing != null ? missing : m.lastError(),
                m.lastPollAt(), m.received(), m.skipped(), failures.count(actor.tenant(), m.id()));
    }
}
