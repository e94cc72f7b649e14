package org.aftercare.desk.sla.web;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Priority;
import org.aftercare.desk.SlaClocks;
import org.aftercare.desk.SlaMetric;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.sla.DeskCalendar;
import org.aftercare.desk.sla.SlaPreview;
import org.aftercare.desk.sla.SlaSettings;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SLA settings page: the built-in defaults, the tenant's policies and calendars with forms to
 * add and change them, and a preview box (htmx) that shows the due times a message would get.
 */
@Controller
class SlaSettingsConsoleController {

    private static final String PAGE = "redirect:/desk/settings/sla";

    private final SlaSettings settings;
    private final SlaClocks clocks;
    private final Shops shops;

    SlaSettingsConsoleController(SlaSettings settings, SlaClocks clocks, Shops shops) {
        this.settings = settings;
        this.clocks = clocks;
        this.shops = shops;
    }

    /** One line of the preview: a clock, its target and its due time on the team's wall clock. */
    record DueRow(SlaMetric.Kind metric, long targetMinutes, ZonedDateTime due) {
    }

    @GetMapping("/desk/settings/sla")
    String page(Actor actor, @RequestParam(required = false) UUID policy, @RequestParam(required = false) UUID calendar,
                Model model) {
        List<Shop> all = shops.of(actor.tenant());
        SlaForms.PolicyForm policyForm = policy == null ? SlaForms.PolicyForm.empty()
                : SlaForms.PolicyForm.of(settings.policy(actor, policy));
        SlaForms.CalendarForm calendarForm = calendar == null
                ? SlaForms.CalendarForm.empty(all.isEmpty() ? "Europe/Berlin" : all.getFirst().zone().getId(),
                        all.isEmpty() ? "DE" : all.getFirst().market())
                : SlaForms.CalendarForm.of(settings.calendar(actor, calendar));
        return render(actor, policyForm, calendarForm, model);
    }

    @PostMapping("/desk/settings/sla/policies")
    String savePolicy(Actor actor, SlaForms.PolicyForm form, Model model, RedirectAttributes redirect) {
        try {
            settings.save(actor, form.toRequest().toPolicy(form.id(), clocks.defaults()));
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("policyError", invalid.getMessage());
            return render(actor, form, SlaForms.CalendarForm.empty("Europe/Berlin", "DE"), model);
        }
        redirect.addFlashAttribute("notice", "sla.notice.policySaved");
        return PAGE;
    }

    @PostMapping("/desk/settings/sla/policies/{id}/delete")
    String deletePolicy(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        settings.deletePolicy(actor, id);
        redirect.addFlashAttribute("notice", "sla.notice.policyDeleted");
        return PAGE;
    }

    @PostMapping("/desk/settings/sla/calendars")
    String saveCalendar(Actor actor, SlaForms.CalendarForm form, Model model, RedirectAttributes redirect) {
        try {
            settings.save(actor, form.toRequest().toCalendar(form.id()));
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("calendarError", invalid.getMessage());
            return render(actor, SlaForms.PolicyForm.empty(), form, model);
        }
        redirect.addFlashAttribute("notice", "sla.notice.calendarSaved");
        return PAGE;
    }

    @PostMapping("/desk/settings/sla/calendars/{id}/delete")
    String deleteCalendar(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            settings.deleteCalendar(actor, id);
            redirect.addFlashAttribute("notice", "sla.notice.calendarDeleted");
        }
        catch (IllegalArgumentException inUse) {
            redirect.addFlashAttribute("notice", "sla.notice.calendarInUse");
        }
        return PAGE;
    }

    /** The preview box: {@code receivedAt} is the shop's local time, as a manager thinks of it. */
    @PostMapping("/desk/settings/sla/preview")
    String preview(Actor actor, @RequestParam(required = false) UUID shop, @RequestParam(required = false) String channel,
                   @RequestParam(required = false) String priority, @RequestParam(required = false) String receivedAt,
                   Model model) {
        try {
            Shop found = shop == null ? null : shops.find(actor.tenant(), new ShopId(shop))
                    .orElseThrow(() -> new IllegalArgumentException("shop: no shop " + shop + " in this tenant"));
            if (found == null) {
                throw new IllegalArgumentException("shop: required");
            }
            SlaPreview preview = settings.preview(actor, found.id(), PolicyRequest.parse(Channel.class, "channel", channel),
                    PolicyRequest.parse(Priority.class, "priority", priority), local(receivedAt, found));
            model.addAttribute("preview", preview);
            model.addAttribute("dues", preview.dues().stream()
                    .map(d -> new DueRow(d.metric(), d.targetMinutes(), d.dueAt().atZone(java.time.ZoneId.of(preview.zone()))))
                    .toList());
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("previewError", invalid.getMessage());
        }
        return "desk/sla-settings :: preview";
    }

    private static java.time.Instant local(String text, Shop shop) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("receivedAt: required");
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(shop.zone()).toInstant();
        }
        catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException("receivedAt: '" + text + "' is not a date and time");
        }
    }

    private String render(Actor actor, SlaForms.PolicyForm policyForm, SlaForms.CalendarForm calendarForm, Model model) {
        List<Shop> all = shops.of(actor.tenant());
        List<DeskCalendar> calendars = settings.calendars(actor);
        model.addAttribute("defaults", clocks.defaults());
        model.addAttribute("policies", settings.policies(actor));
        model.addAttribute("calendars", calendars);
        model.addAttribute("calendarsById", calendars.stream().collect(Collectors.toMap(DeskCalendar::id, Function.identity())));
        model.addAttribute("shops", all);
        model.addAttribute("shopsById", all.stream().collect(Collectors.toMap(Shop::id, Function.identity())));
        model.addAttribute("policyForm", policyForm);
        model.addAttribute("calendarForm", calendarForm);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("waiting", TicketStatus.WAITING.stream().sorted().toList());
        model.addAttribute("calendarHours", SlaForms.PolicyForm.CALENDAR_HOURS);
        model.addAttribute("canManage", actor.role().canManage());
        return "desk/sla-settings";
    }

}
