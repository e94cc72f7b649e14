package org.aftercare.desk.sla.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaClocks;
import org.aftercare.desk.SlaDefaults;
import org.aftercare.desk.sla.SlaPreview;
import org.aftercare.desk.sla.SlaSettings;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Desk calendars and SLA policies: anyone in the tenant reads, managers and owners write. */
@RestController
@Tag(name = "Desk SLA", description = "Business calendars, SLA policies and a preview of their due times")
class SlaApiController {

    private final SlaSettings settings;
    private final SlaDefaults defaults;

    SlaApiController(SlaSettings settings, SlaClocks clocks) {
        this.settings = settings;
        this.defaults = clocks.defaults();
    }

    record CalendarView(UUID id, String name, String zone, String holidayCountry, String hours,
                        List<String> closedDays) {
    }

    record Policies(SlaDefaults defaults, List<PolicyRequest> policies) {
    }

    record PreviewRequest(UUID shop, String channel, String priority, String receivedAt) {
    }

    @GetMapping("/api/v1/desk/calendars")
    @Operation(summary = "The tenant's business calendars")
    List<CalendarView> calendars(Actor actor) {
        return settings.calendars(actor).stream().map(SlaApiController::view).toList();
    }

    @PostMapping("/api/v1/desk/calendars")
    @Operation(summary = "Add a business calendar (managers and owners)",
            description = "zone: an IANA zone such as Europe/Berlin; hours: 'Mon-Fri 09:00-12:30,13:30-18:00; "
                    + "Sat 10:00-14:00' (several intervals a day, 24:00 ends a day); holidayCountry: ISO 3166 "
                    + "alpha-2 whose public holidays close the team (optional); closedDays: extra dates YYYY-MM-DD.")
    ResponseEntity<CalendarView> addCalendar(Actor actor, @RequestBody CalendarRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(settings.save(actor, request.toCalendar(null))));
    }

    @PutMapping("/api/v1/desk/calendars/{id}")
    @Operation(summary = "Change a business calendar (managers and owners)")
    CalendarView changeCalendar(Actor actor, @PathVariable UUID id, @RequestBody CalendarRequest request) {
        return view(settings.save(actor, request.toCalendar(id)));
    }

    @DeleteMapping("/api/v1/desk/calendars/{id}")
    @Operation(summary = "Remove a business calendar no policy uses (managers and owners)")
    ResponseEntity<Void> deleteCalendar(Actor actor, @PathVariable UUID id) {
        settings.deleteCalendar(actor, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/desk/sla-policies")
    @Operation(summary = "The built-in defaults and the tenant's SLA policies")
    Policies policies(Actor actor) {
        return new Policies(defaults, settings.policies(actor).stream().map(PolicyRequest::of).toList());
    }

    @PostMapping("/api/v1/desk/sla-policies")
    @Operation(summary = "Add an SLA policy (managers and owners)",
            description = "Criteria shop, market, channel (EMAIL, TIKTOK_CHAT, API), priority (URGENT, HIGH, NORMAL, "
                    + "LOW); null matches all. The most specific enabled policy applies: shop 8, market 4, channel 2, "
                    + "priority 1. Targets in business minutes (firstResponseMinutes, nextResponseMinutes, "
                    + "resolutionMinutes; null = not tracked). calendar (a desk calendar id) or calendarHours=true; "
                    + "neither = the shop's own hours and its market's holidays. pauseIn: waiting statuses that pause "
                    + "the business clocks, default [PENDING_BUYER]. enabled=false keeps the policy but stops applying it.")
    ResponseEntity<PolicyRequest> addPolicy(Actor actor, @RequestBody PolicyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(PolicyRequest.of(settings.save(actor, request.toPolicy(null, defaults))));
    }

    @PutMapping("/api/v1/desk/sla-policies/{id}")
    @Operation(summary = "Change, enable or disable an SLA policy (managers and owners)")
    PolicyRequest changePolicy(Actor actor, @PathVariable UUID id, @RequestBody PolicyRequest request) {
        settings.policy(actor, id);
        return PolicyRequest.of(settings.save(actor, request.toPolicy(id, defaults)));
    }

    @DeleteMapping("/api/v1/desk/sla-policies/{id}")
    @Operation(summary = "Remove an SLA policy (managers and owners)")
    ResponseEntity<Void> deletePolicy(Actor actor, @PathVariable UUID id) {
        settings.deletePolicy(actor, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/desk/sla-policies/preview")
    @Operation(summary = "The due times a message received at receivedAt would get",
            description = "Which policy applies to {shop, channel, priority} and why, the calendar it counts on and "
                    + "each clock's due time (also in the calendar's zone). TikTok chats also show the platform's "
                    + "12-hour clock. receivedAt is ISO 8601 with an offset, e.g. 2026-12-24T17:00:00+01:00.")
    SlaPreview preview(Actor actor, @RequestBody PreviewRequest request) {
        return settings.preview(actor, request.shop() == null ? null : new ShopId(request.shop()),
                PolicyRequest.parse(Channel.class, "channel", request.channel()),
                PolicyRequest.parse(Priority.class, "priority", request.priority()), instant(request.receivedAt()));
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        }
        catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException("receivedAt: '" + text + "' is not a time like 2026-12-24T17:00:00+01:00");
        }
    }

    private static CalendarView view(org.aftercare.desk.sla.DeskCalendar c) {
        CalendarRequest r = CalendarRequest.of(c);
        return new CalendarView(c.id(), r.name(), r.zone(), r.holidayCountry(), r.hours(), r.closedDays());
    }
}
