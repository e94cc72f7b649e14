package org.aftercare.desk;

/** Where a buyer wrote from; a reply goes out on the same channel. */
public enum Channel {
    EMAIL,
    /** TikTok Shop's buyer–seller chat. */
    TIKTOK_CHAT,
    /** Posted through /api/v1 by the seller's own systems. */
    API
}
