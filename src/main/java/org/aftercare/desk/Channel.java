package org.aftercare.desk;

/** Where a ticket's conversation happens; replies go out on the same channel. */
public enum Channel {
    EMAIL,
    TIKTOK_CHAT,
    API
}
