package org.aftercare.outreach.campaigns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.aftercare.monitoring.IncidentStatus;
import org.aftercare.monitoring.Incidents;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.campaigns.AdjustedTimeline;
import org.aftercare.outreach.campaigns.Campaign;
import org.aftercare.outreach.campaigns.CampaignRequest;
import org.aftercare.outreach.campaigns.CampaignStatus;
import org.aftercare.outreach.campaigns.Campaigns;
import org.aftercare.outreach.campaigns.ShipmentFilter;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign pages: the list, the wizard (source → preview → timeline and coupon → send) and a
 * campaign's page with its live progress (htmx polling), pause / resume / cancel and report.
 */
@Controller
class CampaignConsoleController {

    private final Campaigns campaigns;
    private final Incidents incidents;
    private final Shops shops;

    CampaignConsoleController(Campaigns campaigns, Incidents incidents, Shops shops) {
        this.campaigns = campaigns;
        this.incidents = incidents;
        this.shops = shops;
    }

    @GetMapping("/outreach/campaigns")
    String list(Actor actor, Model model) {
        model.addAttribute("campaigns", campaigns.list(actor));
        return "outreach/campaigns/list";
    }

    /** Step 1: where the campaign looks, an incident or a filter over shipments. */
    record SourceForm(String name, String source, UUID incident, String carrier, String origin, String destinations,
                      LocalDate shippedFrom, LocalDate shippedTo, String lastLocation) {
    }

    @GetMapping("/outreach/campaigns/new")
    String wizard(Actor actor, SourceForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("incidents", incidents.list(actor, IncidentStatus.OPEN));
        model.addAttribute("regions", ShipmentFilter.REGIONS.keySet().stream().sorted().toList());
        return "outreach/campaigns/new";
    }

    @PostMapping("/outreach/campaigns")
    String create(Actor actor, SourceForm form, Model model) {
        Campaign campaign;
        try {
            boolean fromIncident = "INCIDENT".equals(form.source());
            ShipmentFilter filter = fromIncident ? null : new ShipmentFilter(form.carrier(), form.origin(),
                    form.destinations() == null ? List.of() : Arrays.asList(form.destinations().split("[,\\s]+")),
                    form.shippedFrom(), form.shippedTo(), form.lastLocation());
            campaign = campaigns.create(actor, new CampaignRequest(form.name(), fromIncident ? form.incident() : null,
                    filter, null, null));
        }
        catch (IllegalArgumentException | NotFound invalid) {
            model.addAttribute("formError", invalid.getMessage());
            return wizard(actor, form, model);
        }
        return "redirect:/outreach/campaigns/" + campaign.id();
    }

    @GetMapping("/outreach/campaigns/{id}")
    String campaign(Actor actor, @PathVariable UUID id, Model model) {
        Campaign campaign = campaigns.get(actor, id);
        model.addAttribute("campaign", campaign);
        if (campaign.status() == CampaignStatus.DRAFT) {
            model.addAttribute("preview", campaigns.preview(actor, id));
            model.addAttribute("reasons", DelayReason.values());
            if (!model.containsAttribute("timeline")) {
                model.addAttribute("timeline", TimelineForm.of(campaign, currency(actor), zone(actor)));
            }
        }
        else {
            model.addAttribute("report", campaigns.report(actor, id));
        }
        return "outreach/campaigns/campaign";
    }

    @GetMapping("/outreach/campaigns/{id}/progress")
    String progress(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("campaign", campaigns.get(actor, id));
        model.addAttribute("report", campaigns.report(actor, id));
        return "outreach/campaigns/campaign :: progress";
    }

    /** Step 3: the adjusted timeline, the coupon and the pace. */
    record TimelineForm(DelayReason reason, LocalDate etaFrom, LocalDate etaTo, Integer delayDays,
                        LocalDateTime nextUpdateAt, BigDecimal coupon, String currency, Integer ratePerMinute) {

        static TimelineForm of(Campaign c, String currency, ZoneId zone) {
            AdjustedTimeline t = c.timeline();
            return new TimelineForm(t.reason(), t.etaFrom(), t.etaTo(), t.delayDays(),
                    t.nextUpdateAt() == null ? null : LocalDateTime.ofInstant(t.nextUpdateAt(), zone),
                    t.coupon() == null ? null : t.coupon().amount(),
                    t.coupon() == null ? currency : t.coupon().currency().getCurrencyCode(), c.ratePerMinute());
        }

        AdjustedTimeline timeline(ZoneId zone) {
            Money money = null;
            if (coupon != null) {
                try {
                    money = Money.of(coupon, currency == null ? "" : currency.strip().toUpperCase());
                }
                catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("currency: not an ISO currency code like EUR");
                }
            }
            return new AdjustedTimeline(reason, etaFrom, etaTo, delayDays,
                    nextUpdateAt == null ? null : nextUpdateAt.atZone(zone).toInstant(), money);
        }
    }

    @PostMapping("/outreach/campaigns/{id}/timeline")
    String timeline(Actor actor, @PathVariable UUID id, TimelineForm form, Model model, RedirectAttributes redirect) {
        try {
            campaigns.timeline(actor, id, form.timeline(zone(actor)), form.ratePerMinute());
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("formError", invalid.getMessage());
            model.addAttribute("timeline", form);
            return campaign(actor, id, model);
        }
        redirect.addFlashAttribute("notice", "campaigns.flash.saved");
        return "redirect:/outreach/campaigns/" + id;
    }

    @PostMapping("/outreach/campaigns/{id}/{action:send|pause|resume|cancel}")
    String act(Actor actor, @PathVariable UUID id, @PathVariable String action, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "send" -> campaigns.send(actor, id);
                case "pause" -> campaigns.pause(actor, id);
                case "resume" -> campaigns.resume(actor, id);
                default -> campaigns.cancel(actor, id);
            }
            redirect.addFlashAttribute("notice", "campaigns.flash." + action);
        }
        catch (IllegalArgumentException | NotPermitted refused) {
            redirect.addFlashAttribute("formError", refused.getMessage());
        }
        return "redirect:/outreach/campaigns/" + id;
    }

    private String currency(Actor actor) {
        return served(actor).stream().findFirst().map(s -> s.currency().getCurrencyCode()).orElse("USD");
    }

    /** Dates and times typed in the console are read in the zone of the first shop the actor serves. */
    private ZoneId zone(Actor actor) {
        return served(actor).stream().findFirst().map(Shop::zone).orElse(ZoneId.of("UTC"));
    }

    private List<Shop> served(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
    }
}
