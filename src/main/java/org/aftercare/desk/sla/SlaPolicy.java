package org.aftercare.desk.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.desk.TicketStatus;
import org.aftercare.tenancy.ShopId;

/**
 * A tenant's SLA promise for the tickets its criteria match. Criteria left empty match everything.
 * A target left empty is not tracked under this policy. The business clock runs on a desk calendar,
 * on calendar hours (24/7), or — when neither is chosen — on the shop's own business hours with its
 * market's holidays.
 *
 * @param pauseIn waiting statuses that pause the business clocks (solved and closed always stop them)
 */
public record SlaPolicy(UUID id, String name, ShopId shop, String market, Channel channel, Priority priority,
                        Duration firstResponse, Duration nextResponse, Duration resolution,
                        UUID calendar, boolean calendarHours, Set<TicketStatus> pauseIn, boolean enabled) {

    /** Weights of the criteria: any policy naming the shop beats any that does not, and so on down. */
    static final int SHOP = 8;
    static final int MARKET = 4;
    static final int CHANNEL = 2;
    static final int PRIORITY = 1;

    public SlaPolicy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        name = name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("name: at most 100 characters");
        }
        if (market != null && !market.isBlank()) {
            market = market.strip().toUpperCase(Locale.ROOT);
            if (!Set.of(Locale.getISOCountries()).contains(market)) {
                throw new IllegalArgumentException("market: '" + market + "' is not an ISO 3166 alpha-2 country such as DE");
            }
        }
        else {
            market = null;
        }
        positive("firstResponseMinutes", firstResponse);
        positive("nextResponseMinutes", nextResponse);
        positive("resolutionMinutes", resolution);
        if (firstResponse == null && nextResponse == null && resolution == null) {
            throw new IllegalArgumentException("firstResponseMinutes: set at least one target");
        }
        if (calendarHours && calendar != null) {
            throw new IllegalArgumentException("calendar: choose a calendar or calendar hours, not both");
        }
        pauseIn = pauseIn == null ? Set.of() : Set.copyOf(pauseIn);
        for (TicketStatus status : pauseIn) {
            if (!TicketStatus.WAITING.contains(status)) {
                throw new IllegalArgumentException("pauseIn: " + status + " is not a waiting status; choose from "
                        + TicketStatus.WAITING);
            }
        }
    }

    /** What applies when none of the tenant's policies matches: the module's defaults on the shop's hours. */
    public static SlaPolicy builtIn(SlaDefaults defaults) {
        return new SlaPolicy(null, "default", null, null, null, null, defaults.firstResponse(),
                defaults.nextResponse(), defaults.resolution(), null, false, defaults.pauseIn(), true);
    }

    public boolean builtInDefault() {
        return id == null;
    }

    boolean matches(ShopId ticketShop, String ticketMarket, Channel ticketChannel, Priority ticketPriority) {
        return (shop == null || shop.equals(ticketShop))
                && (market == null || market.equalsIgnoreCase(Objects.toString(ticketMarket, "")))
                && (channel == null || channel == ticketChannel)
                && (priority == null || priority == ticketPriority);
    }

    int specificity() {
        return (shop != null ? SHOP : 0) + (market != null ? MARKET : 0) + (channel != null ? CHANNEL : 0)
                + (priority != null ? PRIORITY : 0);
    }

    /** The criteria this policy names, most specific first: "shop", "market", "channel", "priority". */
    public List<String> criteria() {
        List<String> named = new ArrayList<>();
        if (shop != null) named.add("shop");
        if (market != null) named.add("market");
        if (channel != null) named.add("channel");
        if (priority != null) named.add("priority");
        return named;
    }

    private static void positive(String field, Duration target) {
        if (target != null && (target.isNegative() || target.isZero())) {
            throw new IllegalArgumentException(field + ": must be more than 0");
        }
    }
}
