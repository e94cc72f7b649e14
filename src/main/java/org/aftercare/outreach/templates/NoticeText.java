package org.aftercare.outreach.templates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.NoticeFacts;
import org.aftercare.shared.Money;
import org.aftercare.shared.text.BuyerLocale;
import org.aftercare.shared.text.TextTemplate;

import com.ibm.icu.util.ULocale;

/** A scenario's text in one language: a subject line and a body, both ICU templates over {@link NoticeVariables}. */
public record NoticeText(String language, TextTemplate subject, TextTemplate body) {

    /** A full order of the kind notices are written for; every text must render with it and with nothing known. */
    static final NoticeFacts SAMPLE = new NoticeFacts("Anna", "576461234567891234", "2 × linen cushion cover", "InTransit",
            "DHL", "https://track.example/JD014600004512345678", "Leipzig", DelayReason.CUSTOMS_INSPECTION,
            Instant.parse("2026-12-10T09:00:00Z"), Instant.parse("2026-12-14T18:00:00Z"),
            Instant.parse("2026-12-05T13:00:00Z"), Money.of("5.00", "EUR"), "Casa Linen", "DE", ZoneId.of("Europe/Berlin"));
    static final NoticeFacts NOTHING_KNOWN = new NoticeFacts(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    /**
     * Parses both parts; a problem is reported as {@code <language>.subject: …} or {@code <language>.body: …}
     * with line and column, and a text that does not render with a sample order is refused too.
     */
    public static NoticeText parse(String language, String subject, String body) {
        TextTemplate s = part(language, "subject", subject);
        TextTemplate b = part(language, "body", body);
        if (subject.contains("\n")) {
            throw new IllegalArgumentException(language + ".subject: must be one line");
        }
        NoticeText text = new NoticeText(language, s, b);
        for (NoticeFacts sample : List.of(SAMPLE, NOTHING_KNOWN)) {
            try {
                text.render(sample);
            }
            catch (RuntimeException e) {
                throw new IllegalArgumentException(language + ": does not render with a sample order: " + e.getMessage(), e);
            }
        }
        return text;
    }

    private static TextTemplate part(String language, String field, String text) {
        try {
            return TextTemplate.parse(language, text == null ? null : text.strip(), NoticeVariables.VARIABLES);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(language + "." + field + ": " + e.getMessage(), e);
        }
    }

    public Rendered render(NoticeFacts facts) {
        ULocale locale = BuyerLocale.of(language, facts.market());
        var arguments = NoticeVariables.arguments(facts, language, locale);
        TextTemplate.Filled s = subject.fill(arguments, locale, facts.zoneOrUtc());
        TextTemplate.Filled b = body.fill(arguments, locale, facts.zoneOrUtc());
        Set<String> missing = new LinkedHashSet<>(s.missing());
        missing.addAll(b.missing());
        return new Rendered(language, s.text(), b.text(), List.copyOf(missing));
    }

    /** A text filled for one buyer; {@code missing} lists variables it needed but had no value for. */
    public record Rendered(String language, String subject, String body, List<String> missing) {
    }
}
