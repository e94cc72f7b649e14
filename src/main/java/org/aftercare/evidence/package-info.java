/**
 * The evidence archive: every order's file (order record, label photos, packing videos, the tracking
 * trail, chat transcripts, e-mails, carrier statements, damage photos, delivery proof, …) kept
 * content-addressed by SHA-256, checked on the way in (type read from the bytes, size, names, corrupt
 * images) and on every read (a changed byte is reported as {@link org.aftercare.evidence.Tampered}),
 * retained at least 180 days after the order's last activity and held while a case on it is open.
 * The facade is {@link org.aftercare.evidence.EvidenceArchive}. Internals: {@code store} (local disk,
 * S3), {@code generate} (trail PDF, transcripts, order record), {@code retention}, {@code web}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "orders", "logistics", "desk", "outreach"})
package org.aftercare.evidence;
