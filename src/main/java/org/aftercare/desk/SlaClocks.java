package org.aftercare.desk;

import java.time.Instant;

import org.aftercare.desk.sla.DeskCalendars;
import org.aftercare.desk.sla.SlaCalculator;
import org.aftercare.desk.sla.SlaPolicies;
import org.aftercare.desk.sla.SlaPolicy;
import org.aftercare.desk.sla.TenantSlaClocks;
import org.aftercare.desk.sla.WorkingHours;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * The SLA clocks of tickets: the business clocks of the policy that applies (first response, next
 * response, resolution on the team's calendar, paused in waiting statuses) and, for TikTok chats,
 * the platform's 12-hour clock beside them. Pure computation over a {@link TicketTimeline}: the
 * caller stores {@link SlaState#nextCheckAt()} and evaluates again then or on the ticket's next event.
 */
@Service
public class SlaClocks {

    private final SlaDefaults defaults;
    private final SlaCalculator calculator;
    private final SlaPolicies policies;
    private final DeskCalendars calendars;
    private final Shops shops;

    SlaClocks(SlaDefaults defaults, SlaPolicies policies, DeskCalendars calendars, Shops shops) {
        this.defaults = defaults;
        this.calculator = new SlaCalculator(defaults);
        this.policies = policies;
        this.calendars = calendars;
        this.shops = shops;
    }

    /** One ticket: looks up the tenant's policies, picks the most specific and evaluates. */
    public SlaState evaluate(TenantId tenant, ShopId shop, String market, Channel channel, Priority priority,
                             TicketTimeline timeline, Instant now) {
        return forTenant(tenant).evaluate(shop, market, channel, priority, timeline, now);
    }

    /** A tenant's rules loaded once, for evaluating many tickets in one request or sweep batch. */
    public TenantSlaClocks forTenant(TenantId tenant) {
        return new TenantSlaClocks(defaults, policies.of(tenant), calendars.of(tenant), shops.of(tenant));
    }

    /** With the policy and its calendar already resolved: no database, for tests and benchmarks. */
    public SlaState evaluate(SlaPolicy policy, WorkingHours hours, TicketTimeline timeline, Instant now) {
        return calculator.evaluate(policy, hours, timeline, now);
    }

    public SlaDefaults defaults() {
        return defaults;
    }
}
