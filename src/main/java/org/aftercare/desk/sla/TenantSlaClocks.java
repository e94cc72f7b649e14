package org.aftercare.desk.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.desk.SlaState;
import org.aftercare.desk.TicketTimeline;
import org.aftercare.shared.calendar.Countries;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;

/**
 * One tenant's SLA rules loaded once — policies, calendars, shops — to evaluate many tickets
 * (a sweep, an inbox page) without a query per ticket. Load a fresh one per request or batch so
 * a changed policy applies at once.
 */
public final class TenantSlaClocks {

    private final SlaCalculator calculator;
    private final SlaDefaults defaults;
    private final List<SlaPolicy> policies;
    private final Map<UUID, DeskCalendar> calendars;
    private final Map<ShopId, Shop> shops;
    private final Map<Object, WorkingHours> hours = new ConcurrentHashMap<>();

    public TenantSlaClocks(SlaDefaults defaults, List<SlaPolicy> policies, List<DeskCalendar> calendars, List<Shop> shops) {
        this.calculator = new SlaCalculator(defaults);
        this.defaults = defaults;
        this.policies = List.copyOf(policies);
        this.calendars = calendars.stream().collect(Collectors.toMap(DeskCalendar::id, Function.identity()));
        this.shops = shops.stream().collect(Collectors.toMap(Shop::id, Function.identity()));
    }

    /** The policy that applies to a ticket and the business time its clocks run on. */
    public record Resolved(SlaPolicy policy, WorkingHours hours, DeskCalendar calendar) {
    }

    public Resolved resolve(ShopId shop, String market, Channel channel, Priority priority) {
        SlaPolicy policy = SlaPolicySelection.choose(policies, SlaPolicy.builtIn(defaults), shop, market, channel, priority);
        if (policy.calendarHours()) {
            return new Resolved(policy, WorkingHours.aroundTheClock(), null);
        }
        DeskCalendar calendar = policy.calendar() == null ? null : calendars.get(policy.calendar());
        if (calendar != null) {
            return new Resolved(policy, hours.computeIfAbsent(calendar.id(), id -> calendar.workingHours()), calendar);
        }
        return new Resolved(policy, shopHours(shop, market), null);
    }

    public SlaState evaluate(ShopId shop, String market, Channel channel, Priority priority, TicketTimeline timeline,
                             Instant now) {
        Resolved resolved = resolve(shop, market, channel, priority);
        return calculator.evaluate(resolved.policy(), resolved.hours(), timeline, now);
    }

    /** The shop's zone and business hours with its market's public holidays. */
    private WorkingHours shopHours(ShopId shopId, String market) {
        Shop shop = shopId == null ? null : shops.get(shopId);
        String country = market != null ? market : shop == null ? null : shop.market();
        ZoneId zone = shop != null ? shop.zone() : Countries.mainZone(country).orElse(ZoneId.of("UTC"));
        String text = shop != null && shop.businessHours() != null ? shop.businessHours() : defaults.hours();
        return hours.computeIfAbsent(List.of(zone, text, String.valueOf(country)), key -> {
            WeeklyHours weekly;
            try {
                weekly = WeeklyHours.parse(text);
            }
            catch (IllegalArgumentException unreadable) {
                weekly = WeeklyHours.parse(defaults.hours());
            }
            return WorkingHours.of(zone, weekly, country, Set.of());
        });
    }
}
