package org.aftercare.outreach;

/** How a notice reaches the buyer; the address it needs is the buyer's e-mail, platform id or phone. */
public enum Channel {
    EMAIL, TIKTOK_MESSAGE, SMS
}
