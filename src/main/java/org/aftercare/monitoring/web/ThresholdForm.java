package org.aftercare.monitoring.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.ThresholdOverride;

/**
 * The override form as an ops manager fills it in: hours for the pickup wait, days for the
 * others, a percentage for the late risk; an empty field inherits. Business-day flags are
 * "inherit", "calendar" or "business".
 */
record ThresholdForm(UUID shop, String carrier, String originCountry, String destinationCountry,
                     Integer noPickupHours, String noPickupDays, Integer customsDays, String customsDaysKind,
                     Integer stalledDays, Integer stalledHotDays, String stalledDaysKind, BigDecimal lateRiskPercent,
                     List<AlertRule> disabledRules) {

    static ThresholdForm empty() {
        return new ThresholdForm(null, null, null, null, null, "inherit", null, "inherit", null, null, "inherit", null,
                List.of());
    }

    static ThresholdForm of(ThresholdOverride o) {
        return new ThresholdForm(o.shop(), o.carrier(), o.originCountry(), o.destinationCountry(),
                o.noPickupAfter() == null ? null : (int) o.noPickupAfter().toHours(), kind(o.noPickupBusinessDays()),
                days(o.customsDwell()), kind(o.customsBusinessDays()), days(o.stalledAfter()), days(o.stalledAfterHot()),
                kind(o.stalledBusinessDays()),
                o.lateRiskProbability() == null ? null : BigDecimal.valueOf(o.lateRiskProbability() * 100).stripTrailingZeros(),
                List.copyOf(o.disabledRules()));
    }

    ThresholdOverride toOverride() {
        return new ThresholdOverride(null, shop, carrier, originCountry, destinationCountry,
                noPickupHours == null ? null : Duration.ofHours(noPickupHours), flag(noPickupDays),
                customsDays == null ? null : Duration.ofDays(customsDays), flag(customsDaysKind),
                stalledDays == null ? null : Duration.ofDays(stalledDays),
                stalledHotDays == null ? null : Duration.ofDays(stalledHotDays), flag(stalledDaysKind),
                lateRiskPercent == null ? null : lateRiskPercent.doubleValue() / 100, rules());
    }

    public boolean disables(AlertRule rule) {
        return disabledRules != null && disabledRules.contains(rule);
    }

    private Set<AlertRule> rules() {
        return disabledRules == null || disabledRules.isEmpty() ? Set.of() : EnumSet.copyOf(disabledRules);
    }

    private static Integer days(Duration d) {
        return d == null ? null : (int) d.toDays();
    }

    private static String kind(Boolean businessDays) {
        return businessDays == null ? "inherit" : businessDays ? "business" : "calendar";
    }

    private static Boolean flag(String kind) {
        return kind == null ? null : switch (kind) {
            case "business" -> true;
            case "calendar" -> false;
            default -> null;
        };
    }
}
