package org.aftercare.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket with its conversation and history, as an agent opens it. The contact's address and name
 * are masked for viewers, and gone once the buyer was erased.
 */
public record TicketDetail(TicketSummary ticket, Contact contact, List<Message> messages, List<Event> events) {

    public record Contact(UUID id, Channel channel, String address, String name, UUID buyer, boolean erased) {
    }

    /**
     * @param kind     INBOUND (the buyer), REPLY (an agent, sent to the buyer), NOTE (internal)
     * @param delivery for replies: QUEUED, SENT, FAILED
     */
    public record Message(UUID id, String kind, Channel channel, String author, String body, String language,
                          Intent intent, Integer risk, List<String> explanation, String delivery, String deliveryError,
                          Instant at, List<Attachment> attachments) {
    }

    public record Attachment(UUID id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    public record Event(Instant at, String actor, String action, String from, String to, String detail) {
    }
}
