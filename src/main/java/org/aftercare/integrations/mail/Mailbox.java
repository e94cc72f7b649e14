package org.aftercare.integrations.mail;

import java.time.Instant;
import java.util.UUID;

import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;

/**
 * A shop's mailbox as configured, with how far its inbox has been read.
 *
 * @param passwordVariable the environment variable that holds the password; the password is never stored
 * @param version          grows with every change of the configuration, so cached connections are rebuilt
 * @param uidValidity      the IMAP inbox's UIDVALIDITY when last read; another value means the UIDs were reset
 * @param lastUid          the highest IMAP UID already taken in under that UIDVALIDITY
 */
record Mailbox(UUID id, TenantId tenant, ShopId shop, String address, String displayName, MailServer imap,
               MailServer smtp, String passwordVariable, boolean enabled, int version, Long uidValidity, long lastUid,
               Instant lastPollAt, String lastError, long received, long skipped) {
}
