package org.aftercare.outreach;

import java.time.Instant;

/** A notice as sent, kept as a communication record (what the buyer was told, where and when). */
public record NoticeRecord(NoticeId id, Scenario scenario, Channel channel, String recipient, String language,
                           String subject, String body, Instant sentAt) {
}
