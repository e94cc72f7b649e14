package org.aftercare.remedies.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.aftercare.orders.Order;
import org.aftercare.orders.Orders;
import org.aftercare.remedies.Offer;
import org.aftercare.remedies.OfferId;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferRequest;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.Offers;
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

/**
 * The offer queue: offers needing approval first, then those proposed, with grant / approve and
 * decline (a reason required); the override form proposes an offer of the agent's choice for an
 * order number, with a written reason. Actions go through {@link Offers} like the API.
 */
@Controller
class OfferConsoleController {

    private final Offers offers;
    private final Orders orders;
    private final Shops shops;

    OfferConsoleController(Offers offers, Orders orders, Shops shops) {
        this.offers = offers;
        this.orders = orders;
        this.shops = shops;
    }

    @GetMapping("/offers")
    String queue(Actor actor, @RequestParam(required = false) OfferState state, Model model) {
        List<Offer> rows = offers.queue(actor, state == null ? List.of() : List.of(state));
        List<Shop> visible = shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("state", state);
        model.addAttribute("states", OfferState.values());
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("shops", visible);
        model.addAttribute("canWrite", actor.role().canWrite());
        model.addAttribute("canManage", actor.role().canManage());
        return "remedies/queue";
    }

    @PostMapping("/offers/{id}/grant")
    String grant(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String note,
                 @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Offer after = offers.grant(actor, new OfferId(id), note);
        redirect.addFlashAttribute("decided", after.state() == OfferState.GRANTED ? "granted" : "needsApproval");
        redirect.addFlashAttribute("decidedOffer", after.id().value());
        return back(back);
    }

    @PostMapping("/offers/{id}/decline")
    String decline(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            offers.decline(actor, new OfferId(id), reason);
            redirect.addFlashAttribute("decided", "declined");
            redirect.addFlashAttribute("decidedOffer", id);
        }
        catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("offerError", invalid.getMessage());
            redirect.addFlashAttribute("errorOffer", id);
        }
        return back(back);
    }

    @PostMapping("/offers/propose")
    String propose(Actor actor, @RequestParam(required = false) UUID shop, @RequestParam(required = false) String orderNumber,
                   @RequestParam(required = false) UUID order, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            Order o = order != null
                    ? orders.get(actor, new org.aftercare.orders.OrderId(order))
                    : byNumber(actor, shop, orderNumber);
            Offer offer = offers.propose(actor, o.id(), new OfferRequest(kind(kind), amount(amount), reason));
            redirect.addFlashAttribute("proposed", offer.state().name());
            redirect.addFlashAttribute("decidedOffer", offer.id().value());
        }
        catch (IllegalArgumentException | NotFound invalid) {
            redirect.addFlashAttribute("proposeError", invalid.getMessage());
        }
        return back(back);
    }

    private Order byNumber(Actor actor, UUID shop, String orderNumber) {
        if (shop == null) {
            throw new IllegalArgumentException("shop: required");
        }
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("orderNumber: required");
        }
        return orders.findByNumber(actor.tenant(), new ShopId(shop), orderNumber.strip())
                .filter(o -> actor.serves(o.market()))
                .orElseThrow(() -> new IllegalArgumentException("orderNumber: no order " + orderNumber.strip() + " in this shop"));
    }

    private static OfferKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OfferKind.valueOf(kind.strip());
        }
        catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("kind: unknown offer kind " + kind.strip());
        }
    }

    private static BigDecimal amount(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip().replace(',', '.'));
        }
        catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("amount: not an amount: " + amount.strip());
        }
    }

    /** Back to the page the form was on: the queue, or a desk ticket. */
    private static String back(String back) {
        if (back != null && back.matches("/desk/tickets/[0-9a-fA-F-]{36}")) {
            return "redirect:" + back;
        }
        return "redirect:/offers";
    }
}
