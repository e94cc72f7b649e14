package org.aftercare.outreach.templates;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.outreach.NoticeFacts;
import org.aftercare.shared.text.StatusWords;
import org.aftercare.shared.text.TemplateVariables;
import org.aftercare.shared.text.VariableKind;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.CurrencyAmount;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** The variables a notice template may use, with their kind, and their values for one buyer. */
public final class NoticeVariables {

    /** A preformatted "12–15 December" in the buyer's locale and zone, from etaFrom and etaTo. */
    public static final String ETA_RANGE = "etaRange";

    public static final Map<String, VariableKind> VARIABLES = variables();

    private NoticeVariables() {
    }

    private static Map<String, VariableKind> variables() {
        Map<String, VariableKind> kinds = new LinkedHashMap<>();
        for (String text : List.of("buyerName", "orderNumber", "items", "status", "carrier", "trackingLink",
                "lastLocation", "reason", "shopName", ETA_RANGE)) {
            kinds.put(text, VariableKind.TEXT);
        }
        kinds.put("etaFrom", VariableKind.DATE);
        kinds.put("etaTo", VariableKind.DATE);
        kinds.put("nextUpdateAt", VariableKind.DATE);
        kinds.put("couponAmount", VariableKind.MONEY);
        return TemplateVariables.withFlags(kinds);
    }

    /** The known facts as ICU arguments; unknown ones are left out and flagged "no". */
    static Map<String, Object> arguments(NoticeFacts facts, String language, ULocale locale) {
        Map<String, Object> values = new LinkedHashMap<>();
        putText(values, "buyerName", facts.buyerName());
        putText(values, "orderNumber", facts.orderNumber());
        putText(values, "items", facts.items());
        putText(values, "status", facts.status() == null ? null : StatusWords.in(language).word(facts.status()));
        putText(values, "carrier", facts.carrier());
        putText(values, "trackingLink", facts.trackingLink());
        putText(values, "lastLocation", facts.lastLocation());
        putText(values, "reason", facts.reason() == null ? null : facts.reason().name());
        putText(values, "shopName", facts.shopName());
        Instant from = facts.etaFrom() != null ? facts.etaFrom() : facts.etaTo();
        Instant to = facts.etaTo() != null ? facts.etaTo() : facts.etaFrom();
        if (from != null) {
            values.put("etaFrom", Date.from(from));
            values.put("etaTo", Date.from(to));
            DateIntervalFormat range = DateIntervalFormat.getInstance("dMMMM", locale);
            range.setTimeZone(TimeZone.getTimeZone(facts.zoneOrUtc().getId()));
            values.put(ETA_RANGE, range.format(new DateInterval(from.toEpochMilli(), to.toEpochMilli())));
        }
        if (facts.nextUpdateAt() != null) {
            values.put("nextUpdateAt", Date.from(facts.nextUpdateAt()));
        }
        if (facts.coupon() != null) {
            values.put("couponAmount", new CurrencyAmount(facts.coupon().amount(),
                    com.ibm.icu.util.Currency.getInstance(facts.coupon().currency().getCurrencyCode())));
        }
        return TemplateVariables.flagged(values, VARIABLES);
    }

    private static void putText(Map<String, Object> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }
}
