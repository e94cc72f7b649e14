package org.aftercare.console.home;

import java.time.Clock;
import java.util.List;

import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: the current tenant's shops at a glance. */
@Controller
class HomeController {

    private final ShopCounts counts;
    private final Clock clock;

    HomeController(ShopCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        // An agent limited to some markets sees only their shops.
        List<ShopCard> shops = counts.of(actor.tenant()).stream().filter(shop -> actor.serves(shop.market())).toList();
        model.addAttribute("shops", shops);
        model.addAttribute("totals", Totals.of(shops));
        model.addAttribute("now", clock.instant());
        return "console/home";
    }
}
