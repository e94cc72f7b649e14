package org.aftercare.monitoring.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentSnapshot;
import org.aftercare.logistics.Shipments;
import org.aftercare.monitoring.AlertView;
import org.aftercare.monitoring.Alerts;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One parcel, as an agent investigates it: logistics' timeline and monitoring's alerts side by
 * side. It lives in monitoring because it shows both; logistics knows nothing of alerts.
 */
@Controller
class ShipmentConsoleController {

    private final Shipments shipments;
    private final Shops shops;
    private final Alerts alerts;

    ShipmentConsoleController(Shipments shipments, Shops shops, Alerts alerts) {
        this.shipments = shipments;
        this.shops = shops;
        this.alerts = alerts;
    }

    @GetMapping("/shipments/{id}")
    String shipment(Actor actor, @PathVariable UUID id, Model model) {
        ShipmentId shipmentId = new ShipmentId(id);
        ShipmentSnapshot s = shipments.snapshot(actor.tenant(), shipmentId).orElseThrow(() -> new NotFound("Shipment", id));
        Shop shop = shops.find(actor.tenant(), s.shop())
                .filter(x -> actor.serves(x.market()))
                .orElseThrow(() -> new NotFound("Shipment", id));
        List<AlertView> ofShipment = alerts.ofShipment(actor, shipmentId);
        model.addAttribute("view", ShipmentView.of(s, shop, shipments.eta(s).orElse(null),
                shipments.timeline(actor.tenant(), shipmentId)));
        model.addAttribute("alerts", ofShipment);
        model.addAttribute("histories", alerts.histories(actor, ofShipment.stream().map(AlertView::id).toList()));
        model.addAttribute("canWrite", actor.role().canWrite());
        return "monitoring/shipment";
    }

    @PostMapping("/shipments/{id}/delivered-not-received")
    String deliveredNotReceived(Actor actor, @PathVariable UUID id, @RequestParam String statement,
                                RedirectAttributes redirect) {
        if (statement.isBlank()) {
            redirect.addFlashAttribute("actionError", "shipment.error.statementRequired");
        }
        else {
            try {
                alerts.deliveredNotReceived(actor, new ShipmentId(id), statement.strip());
                redirect.addFlashAttribute("notice", "shipment.notice.reported");
            }
            catch (IllegalArgumentException notDelivered) {
                redirect.addFlashAttribute("actionError", "shipment.error.notDelivered");
            }
        }
        return "redirect:/shipments/" + id;
    }
}
