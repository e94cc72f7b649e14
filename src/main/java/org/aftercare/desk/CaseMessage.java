package org.aftercare.desk;

/** One message of a conversation kept in the case library, by who wrote it. */
public record CaseMessage(Author author, String text) {

    public enum Author {
        BUYER, AGENT, NOTE
    }
}
