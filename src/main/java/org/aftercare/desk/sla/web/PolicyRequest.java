package org.aftercare.desk.sla.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.sla.SlaPolicy;
import org.aftercare.tenancy.ShopId;

/**
 * An SLA policy as the API sends and returns it. Criteria left null match every ticket; targets
 * are business minutes (null: not tracked); {@code calendar} names a desk calendar, or
 * {@code calendarHours} counts around the clock, or neither uses the shop's own hours;
 * {@code pauseIn} defaults to [PENDING_BUYER].
 */
record PolicyRequest(UUID id, String name, UUID shop, String market, String channel, String priority,
                     Integer firstResponseMinutes, Integer nextResponseMinutes, Integer resolutionMinutes,
                     UUID calendar, Boolean calendarHours, List<String> pauseIn, Boolean enabled) {

    /** Ninety days: longer is not a service level. */
    static final int MAX_MINUTES = 90 * 24 * 60;

    SlaPolicy toPolicy(UUID policyId, SlaDefaults defaults) {
        Set<TicketStatus> pause = pauseIn == null ? defaults.pauseIn() : statuses(pauseIn);
        return new SlaPolicy(policyId, name, shop == null ? null : new ShopId(shop), market,
                parse(Channel.class, "channel", channel), parse(Priority.class, "priority", priority),
                minutes("firstResponseMinutes", firstResponseMinutes), minutes("nextResponseMinutes", nextResponseMinutes),
                minutes("resolutionMinutes", resolutionMinutes), calendar, Boolean.TRUE.equals(calendarHours), pause,
                enabled == null || enabled);
    }

    static PolicyRequest of(SlaPolicy p) {
        return new PolicyRequest(p.id(), p.name(), p.shop() == null ? null : p.shop().value(), p.market(),
                p.channel() == null ? null : p.channel().name(), p.priority() == null ? null : p.priority().name(),
                minutes(p.firstResponse()), minutes(p.nextResponse()), minutes(p.resolution()), p.calendar(),
                p.calendarHours(), p.pauseIn().stream().map(Enum::name).sorted().toList(), p.enabled());
    }

    private static Integer minutes(Duration target) {
        return target == null ? null : Math.toIntExact(target.toMinutes());
    }

    private static Duration minutes(String field, Integer minutes) {
        if (minutes == null) {
            return null;
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException(field + ": must be more than 0");
        }
        if (minutes > MAX_MINUTES) {
            throw new IllegalArgumentException(field + ": at most " + MAX_MINUTES + " (90 days)");
        }
        return Duration.ofMinutes(minutes);
    }

    private static Set<TicketStatus> statuses(List<String> names) {
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        for (String name : names) {
            statuses.add(parse(TicketStatus.class, "pauseIn", name));
        }
        return statuses;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not one of "
                    + List.of(type.getEnumConstants()));
        }
    }
}
