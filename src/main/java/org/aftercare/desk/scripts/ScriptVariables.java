package org.aftercare.desk.scripts;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.desk.ScriptContext;
import org.aftercare.shared.text.StatusWords;
import org.aftercare.shared.text.TemplateVariables;
import org.aftercare.shared.text.VariableKind;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.CurrencyAmount;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The variables a script may use, with their kind, and their values for one buyer. Besides each
 * variable {@code v} a script may test {@code has<V>} ("yes" or "no") with an ICU {@code select}
 * to word a sentence differently when the value is unknown ({@link TemplateVariables}).
 */
public final class ScriptVariables {

    /** Variables in the order the documentation lists them. */
    public static final Map<String, VariableKind> VARIABLES = variables();

    /** A preformatted "12–15 December" in the buyer's locale, from etaFrom and etaTo. */
    public static final String ETA_RANGE = "etaRange";
    /** A preformatted "3–7" (or "5" when both ends agree), from refundDaysFrom and refundDaysTo. */
    public static final String REFUND_DAYS_RANGE = "refundDaysRange";

    private static final String ETA_RANGE_SKELETON = "dMMMM";

    private ScriptVariables() {
    }

    private static Map<String, VariableKind> variables() {
        Map<String, VariableKind> kinds = new LinkedHashMap<>();
        for (String text : List.of("buyerName", "orderNumber", "items", "status", "carrier", "trackingLink",
                "lastLocation", ETA_RANGE, REFUND_DAYS_RANGE)) {
            kinds.put(text, VariableKind.TEXT);
        }
        kinds.put("etaFrom", VariableKind.DATE);
        kinds.put("etaTo", VariableKind.DATE);
        kinds.put("nextUpdateDays", VariableKind.COUNT);
        kinds.put("couponAmount", VariableKind.MONEY);
        kinds.put("refundDaysFrom", VariableKind.COUNT);
        kinds.put("refundDaysTo", VariableKind.COUNT);
        return TemplateVariables.withFlags(kinds);
    }

    public static String flag(String variable) {
        return TemplateVariables.flag(variable);
    }

    /** The known values of a context as ICU arguments; unknown values are left out and flagged "no". */
    static Map<String, Object> arguments(ScriptContext context, String language, ULocale locale) {
        Map<String, Object> values = new LinkedHashMap<>();
        putText(values, "buyerName", context.buyerName());
        putText(values, "orderNumber", context.orderNumber());
        putText(values, "items", context.items());
        putText(values, "status", context.status() == null ? null : StatusWords.in(language).word(context.status()));
        putText(values, "carrier", context.carrier());
        putText(values, "trackingLink", context.trackingLink());
        putText(values, "lastLocation", context.lastLocation());
        Instant from = context.etaFrom() != null ? context.etaFrom() : context.etaTo();
        Instant to = context.etaTo() != null ? context.etaTo() : context.etaFrom();
        if (from != null) {
            values.put("etaFrom", Date.from(from));
            values.put("etaTo", Date.from(to));
            values.put(ETA_RANGE, etaRange(from, to, context, locale));
        }
        if (context.nextUpdateDays() != null) {
            values.put("nextUpdateDays", context.nextUpdateDays());
        }
        if (context.couponAmount() != null) {
            values.put("couponAmount", new CurrencyAmount(context.couponAmount().amount(),
                    com.ibm.icu.util.Currency.getInstance(context.couponAmount().currency().getCurrencyCode())));
        }
        int refundFrom = context.refundDaysFromOrDefault();
        int refundTo = context.refundDaysToOrDefault();
        values.put("refundDaysFrom", refundFrom);
        values.put("refundDaysTo", refundTo);
        NumberFormat days = NumberFormat.getIntegerInstance(locale);
        values.put(REFUND_DAYS_RANGE, refundFrom == refundTo ? days.format(refundTo)
                : days.format(refundFrom) + "–" + days.format(refundTo));
        return TemplateVariables.flagged(values, VARIABLES);
    }

    private static void putText(Map<String, Object> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static String etaRange(Instant from, Instant to, ScriptContext context, ULocale locale) {
        DateIntervalFormat format = DateIntervalFormat.getInstance(ETA_RANGE_SKELETON, locale);
        format.setTimeZone(TimeZone.getTimeZone(context.zoneOrUtc().getId()));
        return format.format(new DateInterval(from.toEpochMilli(), to.toEpochMilli()));
    }

}
