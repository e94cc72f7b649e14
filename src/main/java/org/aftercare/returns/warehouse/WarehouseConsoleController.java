package org.aftercare.returns.warehouse;

import java.util.Arrays;
import java.util.List;

import org.aftercare.shared.NotPermitted;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The return warehouses of the tenant; managers add one. */
@Controller
class WarehouseConsoleController {

    private final ReturnWarehouses warehouses;

    WarehouseConsoleController(ReturnWarehouses warehouses) {
        this.warehouses = warehouses;
    }

    @GetMapping("/returns/warehouses")
    String page(Actor actor, Model model) {
        model.addAttribute("warehouses", warehouses.list(actor.tenant()));
        model.addAttribute("kinds", List.of("LOCAL_RETURN_WAREHOUSE", "ORIGIN"));
        model.addAttribute("canManage", actor.role().canManage());
        return "returns/warehouses";
    }

    @PostMapping("/returns/warehouses")
    String create(Actor actor, @RequestParam String name, @RequestParam String country, @RequestParam String address,
                  @RequestParam String kind, @RequestParam(required = false) String markets, RedirectAttributes redirect) {
        try {
            List<String> served = markets == null || markets.isBlank() ? List.of()
                    : Arrays.stream(markets.split("[,\\s]+")).filter(m -> !m.isBlank()).toList();
            warehouses.create(actor, new ReturnWarehouses.NewWarehouse(name, country, address, kind, served));
        }
        catch (IllegalArgumentException | NotPermitted e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/returns/warehouses";
    }
}
