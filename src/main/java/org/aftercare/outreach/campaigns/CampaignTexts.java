package org.aftercare.outreach.campaigns;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.aftercare.outreach.NoticeFacts;
import org.aftercare.outreach.NoticeTemplates;
import org.aftercare.outreach.RenderedNotice;
import org.aftercare.outreach.Scenario;
import org.aftercare.tenancy.Shop;
import org.springframework.stereotype.Component;

/**
 * Renders a campaign's notice once per group of buyers whose notices read alike, leaving marks
 * where each buyer's own facts go (name, order number, items, tracking link, last scan); the
 * database puts those in while it queues the notices. A buyer's notice is therefore exactly the
 * shop's template filled for that buyer, at the cost of one rendering per group, not per buyer.
 */
@Component
class CampaignTexts {

    /** Marks from Unicode's private use area: no template or buyer's text contains them. */
    static final String NAME = "\uE000buyerName\uE001";
    static final String ORDER = "\uE000orderNumber\uE001";
    static final String ITEMS = "\uE000items\uE001";
    static final String LINK = "\uE000trackingLink\uE001";
    static final String LOCATION = "\uE000lastLocation\uE001";

    /** ETA days become the buyer's local noon, safely inside the day in any rendering. */
    private static final LocalTime ETA_TIME = LocalTime.NOON;

    private final NoticeTemplates templates;

    CampaignTexts(NoticeTemplates templates) {
        this.templates = templates;
    }

    /** The group's text with the marks in place. */
    RenderedNotice render(Shop shop, AffectedOrders.Group g, AdjustedTimeline timeline, Instant nextUpdateAt) {
        ZoneId zone = zone(g.zone(), shop);
        NoticeFacts facts = new NoticeFacts(g.hasName() ? NAME : null, ORDER, g.hasItems() ? ITEMS : null, g.status(),
                g.carrier(), g.hasLink() ? LINK : null, g.hasLocation() ? LOCATION : null, timeline.reason(),
                at(g.etaFrom(), zone), at(g.etaTo(), zone), nextUpdateAt, timeline.coupon(), shop.name(), g.market(), zone);
        return templates.render(shop, Scenario.DELAY_NOTICE, g.language(), facts);
    }

    /** Fills the marks of a rendered text for one buyer, as the database does when it queues the notices. */
    static String fill(String text, String name, String order, String items, String link, String location) {
        return text.replace(NAME, nz(name)).replace(ORDER, nz(order)).replace(ITEMS, nz(items)).replace(LINK, nz(link))
                .replace(LOCATION, nz(location));
    }

    static ZoneId zone(String zone, Shop shop) {
        try {
            return zone == null ? shop.zone() : ZoneId.of(zone);
        }
        catch (DateTimeException e) {
            return shop.zone();
        }
    }

    /**
     * The buyer's zone as a region id (Europe/Berlin) that PostgreSQL knows too, for the pacer's quiet
     * hours; an offset or unknown id falls back to the shop's zone, then to UTC.
     */
    static String regionZone(String zone, Shop shop) {
        String id = zone(zone, shop).getId();
        if (ZoneId.getAvailableZoneIds().contains(id)) {
            return id;
        }
        return ZoneId.getAvailableZoneIds().contains(shop.zone().getId()) ? shop.zone().getId() : "UTC";
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atTime(ETA_TIME).atZone(zone).toInstant();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
