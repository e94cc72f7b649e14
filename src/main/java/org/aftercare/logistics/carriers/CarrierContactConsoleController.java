package org.aftercare.logistics.carriers;

import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's carrier directory: contacts per carrier and country, added and removed by managers. */
@Controller
class CarrierContactConsoleController {

    private final CarrierContacts contacts;

    CarrierContactConsoleController(CarrierContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/carriers")
    String list(Actor actor, @RequestParam(required = false) String carrier, Model model) {
        model.addAttribute("contacts", contacts.list(actor, carrier, null));
        model.addAttribute("carriers", contacts.carrierCodes());
        model.addAttribute("channels", CarrierContact.Channel.values());
        model.addAttribute("canEdit", actor.role().canManage());
        model.addAttribute("selectedCarrier", carrier);
        return "logistics/carriers";
    }

    @PostMapping("/carriers/contacts")
    String add(Actor actor, @RequestParam String carrierCode, @RequestParam(required = false) String country,
               @RequestParam String channel, @RequestParam String value,
               @RequestParam(required = false) Integer claimWindowDays, @RequestParam(required = false) String notes,
               RedirectAttributes redirect) {
        try {
            contacts.add(actor, new CarrierContactRequest(carrierCode, country, channel, value, claimWindowDays, notes));
            redirect.addFlashAttribute("saved", true);
        }
        catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/carriers";
    }

    @PostMapping("/carriers/contacts/{id}/delete")
    String delete(Actor actor, @PathVariable UUID id) {
        contacts.delete(actor, id);
        return "redirect:/carriers";
    }
}
