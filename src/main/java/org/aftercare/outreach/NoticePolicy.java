package org.aftercare.outreach;

/** What an alert rule does with a notice in a shop: send it, queue it for an agent, or nothing. */
public enum NoticePolicy {
    AUTO, PROPOSE, OFF
}
