package org.aftercare.outreach;

/** PROPOSED waits for an agent; QUEUED is in the outbox; FAILED is a dead letter with its reason. */
public enum NoticeStatus {
    PROPOSED, QUEUED, SENT, FAILED, SKIPPED
}
