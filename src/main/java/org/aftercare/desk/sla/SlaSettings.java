package org.aftercare.desk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaClocks;
import org.aftercare.desk.SlaMetric.Kind;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing a tenant's calendars and SLA policies: anyone reads, managers and owners write. Checks
 * what the records cannot check alone — that a shop or calendar named belongs to the tenant.
 */
@Service
public class SlaSettings {

    private final DeskCalendars calendars;
    private final SlaPolicies policies;
    private final Shops shops;
    private final SlaClocks clocks;

    SlaSettings(DeskCalendars calendars, SlaPolicies policies, Shops shops, SlaClocks clocks) {
        this.calendars = calendars;
        this.policies = policies;
        this.shops = shops;
        this.clocks = clocks;
    }

    public List<DeskCalendar> calendars(Actor actor) {
        return calendars.of(actor.tenant());
    }

    public DeskCalendar calendar(Actor actor, UUID id) {
        return calendars.find(actor.tenant(), id).orElseThrow(() -> new NotFound("calendar", id));
    }

    @Transactional
    public DeskCalendar save(Actor actor, DeskCalendar calendar) {
        actor.requireManage();
        UUID id = calendars.save(actor.tenant(), calendar, actor.name());
        return calendar.withId(id);
    }

    @Transactional
    public void deleteCalendar(Actor actor, UUID id) {
        actor.requireManage();
        if (policies.usesCalendar(actor.tenant(), id)) {
            throw new IllegalArgumentException("calendar: still used by an SLA policy; change that policy first");
        }
        if (!calendars.delete(actor.tenant(), id)) {
            throw new NotFound("calendar", id);
        }
    }

    public List<SlaPolicy> policies(Actor actor) {
        return policies.of(actor.tenant());
    }

    public SlaPolicy policy(Actor actor, UUID id) {
        return policies.find(actor.tenant(), id).orElseThrow(() -> new NotFound("SLA policy", id));
    }

    @Transactional
    public SlaPolicy save(Actor actor, SlaPolicy policy) {
        actor.requireManage();
        if (policy.shop() != null && shops.find(actor.tenant(), policy.shop()).isEmpty()) {
            throw new IllegalArgumentException("shop: no shop " + policy.shop() + " in this tenant");
        }
        if (policy.calendar() != null && calendars.find(actor.tenant(), policy.calendar()).isEmpty()) {
            throw new IllegalArgumentException("calendar: no calendar " + policy.calendar() + " in this tenant");
        }
        UUID id = policies.save(actor.tenant(), policy, actor.name());
        return policy(actor, id);
    }

    @Transactional
    public void deletePolicy(Actor actor, UUID id) {
        actor.requireManage();
        if (!policies.delete(actor.tenant(), id)) {
            throw new NotFound("SLA policy", id);
        }
    }

    /** The due times a message received at {@code receivedAt} in a shop would get. */
    public SlaPreview preview(Actor actor, ShopId shopId, Channel channel, Priority priority, Instant receivedAt) {
        if (shopId == null) {
            throw new IllegalArgumentException("shop: required");
        }
        if (channel == null) {
            throw new IllegalArgumentException("channel: required, one of EMAIL, TIKTOK_CHAT, API");
        }
        if (receivedAt == null) {
            throw new IllegalArgumentException("receivedAt: required, e.g. 2026-12-24T17:00:00+01:00");
        }
        Shop shop = shops.find(actor.tenant(), shopId)
                .orElseThrow(() -> new IllegalArgumentException("shop: no shop " + shopId + " in this tenant"));
        TenantSlaClocks.Resolved resolved = clocks.forTenant(actor.tenant())
                .resolve(shop.id(), shop.market(), channel, priority == null ? Priority.NORMAL : priority);
        SlaPolicy policy = resolved.policy();
        WorkingHours hours = resolved.hours();
        ZoneId zone = policy.calendarHours() ? shop.zone() : hours.zone(); // calendar hours are read in the shop's zone
        List<SlaPreview.Due> dues = new ArrayList<>();
        addDue(dues, Kind.FIRST_RESPONSE, policy.firstResponse(), hours, zone, receivedAt);
        addDue(dues, Kind.NEXT_RESPONSE, policy.nextResponse(), hours, zone, receivedAt);
        addDue(dues, Kind.RESOLUTION, policy.resolution(), hours, zone, receivedAt);
        if (channel == Channel.TIKTOK_CHAT) {
            Duration platform = clocks.defaults().platformChatResponse();
            dues.add(due(Kind.PLATFORM_RESPONSE, platform, receivedAt.plus(platform), zone));
        }
        DeskCalendar calendar = resolved.calendar();
        return new SlaPreview(policy.id(), policy.builtInDefault() ? null : policy.name(), policy.criteria(),
                calendar == null ? null : calendar.name(), policy.calendarHours(), zone.getId(),
                hours.hours().toString(), hours.holidayCountry(), dues);
    }

    private static void addDue(List<SlaPreview.Due> dues, Kind kind, Duration target, WorkingHours hours, ZoneId zone,
                               Instant receivedAt) {
        if (target != null) {
            dues.add(due(kind, target, hours.plus(receivedAt, target), zone));
        }
    }

    private static SlaPreview.Due due(Kind kind, Duration target, Instant dueAt, ZoneId zone) {
        return new SlaPreview.Due(kind, target.toMinutes(), dueAt,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dueAt.atZone(zone)));
    }
}
