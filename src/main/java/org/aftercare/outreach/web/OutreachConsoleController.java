package org.aftercare.outreach.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Composition;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.NoticeId;
import org.aftercare.outreach.NoticeStatus;
import org.aftercare.outreach.NoticeTemplates;
import org.aftercare.outreach.Notices;
import org.aftercare.outreach.Scenario;
import org.aftercare.outreach.TemplateText;
import org.aftercare.outreach.notices.OrderFacts;
import org.aftercare.shared.Money;
import org.aftercare.shared.NotFound;
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

/** The outreach pages: notices and the proposals queue, the composer with previews, the template editor. */
@Controller
class OutreachConsoleController {

    private final Notices notices;
    private final NoticeTemplates templates;
    private final Orders orders;
    private final Shops shops;

    OutreachConsoleController(Notices notices, NoticeTemplates templates, Orders orders, Shops shops) {
        this.notices = notices;
        this.templates = templates;
        this.orders = orders;
        this.shops = shops;
    }

    @GetMapping("/outreach")
    String list(Actor actor, @RequestParam(required = false) String order,
                @RequestParam(required = false) NoticeStatus status, Model model) {
        model.addAttribute("notices", notices.find(actor, order, status));
        model.addAttribute("proposals", notices.find(actor, null, NoticeStatus.PROPOSED));
        model.addAttribute("order", order);
        model.addAttribute("status", status);
        model.addAttribute("statuses", NoticeStatus.values());
        return "outreach/notices";
    }

    @PostMapping("/outreach/notices/{id}/send")
    String send(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        notices.send(actor, new NoticeId(id));
        redirect.addFlashAttribute("notice", "outreach.flash.sent");
        return "redirect:/outreach";
    }

    @PostMapping("/outreach/notices/{id}/skip")
    String skip(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        notices.skip(actor, new NoticeId(id));
        redirect.addFlashAttribute("notice", "outreach.flash.skipped");
        return "redirect:/outreach";
    }

    /** The composer's fields, as the form posts them. */
    record ComposeForm(UUID shop, String orderNumber, Scenario scenario, DelayReason reason, LocalDate etaFrom,
                       LocalDate etaTo, LocalDateTime nextUpdateAt, BigDecimal coupon, String key) {
    }

    @GetMapping("/outreach/compose")
    String compose(Actor actor, ComposeForm form, Model model) {
        return composer(actor, form, model, false);
    }

    @PostMapping("/outreach/compose")
    String composeAction(Actor actor, ComposeForm form, @RequestParam(defaultValue = "preview") String action, Model model,
                         RedirectAttributes redirect) {
        if (!"send".equals(action)) {
            return composer(actor, form, model, true);
        }
        try {
            notices.compose(actor, composition(actor, form));
        }
        catch (IllegalArgumentException | NotFound invalid) {
            model.addAttribute("formError", invalid.getMessage());
            return composer(actor, form, model, false);
        }
        redirect.addFlashAttribute("notice", "outreach.flash.queued");
        redirect.addAttribute("order", form.orderNumber().strip());
        return "redirect:/outreach";
    }

    private String composer(Actor actor, ComposeForm form, Model model, boolean preview) {
        List<Shop> served = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        model.addAttribute("shops", served);
        model.addAttribute("scenarios", Scenario.values());
        model.addAttribute("reasons", DelayReason.values());
        model.addAttribute("form", form);
        model.addAttribute("key", form.key() == null || form.key().isBlank() ? UUID.randomUUID().toString() : form.key());
        model.addAttribute("buyerZone", buyerZone(actor, form.shop(), form.orderNumber()));
        if (preview) {
            try {
                model.addAttribute("preview", notices.preview(actor, composition(actor, form)));
            }
            catch (IllegalArgumentException | NotFound invalid) {
                model.addAttribute("formError", invalid.getMessage());
            }
        }
        return "outreach/compose";
    }

    /** The zone the composer's dates and times are read in, shown next to the fields as the order number is typed. */
    @GetMapping("/outreach/compose/zone")
    String zone(Actor actor, @RequestParam(required = false) UUID shop, @RequestParam(required = false) String orderNumber,
                Model model) {
        model.addAttribute("buyerZone", buyerZone(actor, shop, orderNumber));
        return "outreach/compose :: zone";
    }

    /** The buyer's zone for the order, or null while the order is not known. */
    private ZoneId buyerZone(Actor actor, UUID shopId, String orderNumber) {
        if (shopId == null || orderNumber == null || orderNumber.isBlank()) {
            return null;
        }
        return shops.find(actor.tenant(), new ShopId(shopId)).filter(s -> actor.serves(s.market()))
                .flatMap(shop -> orders.findByNumber(actor.tenant(), shop.id(), orderNumber.strip())
                        .map(order -> OrderFacts.zone(order.buyer(), shop)))
                .orElse(null);
    }

    private Composition composition(Actor actor, ComposeForm form) {
        if (form.shop() == null) {
            throw new IllegalArgumentException("shop: required");
        }
        if (form.orderNumber() == null || form.orderNumber().isBlank()) {
            throw new IllegalArgumentException("orderNumber: required");
        }
        Shop shop = shops.find(actor.tenant(), new ShopId(form.shop())).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", form.shop()));
        Order order = orders.findByNumber(actor.tenant(), shop.id(), form.orderNumber().strip())
                .orElseThrow(() -> new IllegalArgumentException("orderNumber: no order " + form.orderNumber().strip()
                        + " in " + shop.name()));
        // what the agent types is the buyer's calendar and clock: the notice speaks in the buyer's zone
        ZoneId zone = OrderFacts.zone(order.buyer(), shop);
        Instant from = form.etaFrom() == null ? null : form.etaFrom().atTime(12, 0).atZone(zone).toInstant();
        Instant to = form.etaTo() == null ? null : form.etaTo().atTime(12, 0).atZone(zone).toInstant();
        Instant next = form.nextUpdateAt() == null ? null : form.nextUpdateAt().atZone(zone).toInstant();
        Money coupon = form.coupon() == null ? null : Money.of(form.coupon(), shop.currency().getCurrencyCode());
        return new Composition(order.id().value(), null, form.scenario() == null ? Scenario.DELAY_NOTICE : form.scenario(),
                form.reason(), from, to, next, coupon, form.key());
    }

    @GetMapping("/outreach/templates")
    String templates(Actor actor, @RequestParam(required = false) UUID shop,
                     @RequestParam(defaultValue = "DELAY_NOTICE") Scenario scenario, Model model) {
        return editor(actor, shop, scenario, null, model);
    }

    @PostMapping("/outreach/templates")
    String save(Actor actor, @RequestParam UUID shop, @RequestParam Scenario scenario, @RequestParam String language,
                @RequestParam String subject, @RequestParam String body, Model model, RedirectAttributes redirect) {
        try {
            templates.save(actor, new ShopId(shop), scenario, java.util.Map.of(language, new TemplateText(subject, body)));
        }
        catch (IllegalArgumentException invalid) {
            model.addAttribute("formError", invalid.getMessage());
            return editor(actor, shop, scenario, new Draft(language, subject, body), model);
        }
        redirect.addFlashAttribute("notice", "outreach.flash.saved");
        redirect.addAttribute("shop", shop);
        redirect.addAttribute("scenario", scenario);
        return "redirect:/outreach/templates";
    }

    /** What a manager typed, shown again beside the error. */
    record Draft(String language, String subject, String body) {
    }

    private String editor(Actor actor, UUID shopId, Scenario scenario, Draft draft, Model model) {
        List<Shop> served = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        UUID shop = shopId != null ? shopId : served.isEmpty() ? null : served.getFirst().id().value();
        model.addAttribute("shops", served);
        model.addAttribute("shop", shop);
        model.addAttribute("scenario", scenario);
        model.addAttribute("scenarios", Scenario.values());
        model.addAttribute("draft", draft);
        model.addAttribute("canManage", actor.role().canManage());
        if (shop != null) {
            model.addAttribute("texts", templates.current(actor, new ShopId(shop), scenario));
            model.addAttribute("versions", templates.versions(actor, new ShopId(shop), scenario));
        }
        return "outreach/templates";
    }
}
