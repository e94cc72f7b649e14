package org.aftercare.outreach;

/** A notice template in one language as written: the subject line and the body, ICU MessageFormat. */
public record TemplateText(String subject, String body) {
}
