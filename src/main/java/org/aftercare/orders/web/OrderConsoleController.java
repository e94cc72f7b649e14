package org.aftercare.orders.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.orders.Order;
import org.aftercare.orders.OrderFilter;
import org.aftercare.orders.OrderPage;
import org.aftercare.orders.Orders;
import org.aftercare.orders.OrdersProperties;
import org.aftercare.orders.importing.ImportReport;
import org.aftercare.orders.importing.OrderCsvImport;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The console's order pages: recent orders of the current tenant, and the CSV upload. */
@Controller
class OrderConsoleController {

    private static final DateTimeFormatter PLACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Orders orders;
    private final OrderCsvImport csvImport;
    private final Shops shops;
    private final OrdersProperties properties;

    OrderConsoleController(Orders orders, OrderCsvImport csvImport, Shops shops, OrdersProperties properties) {
        this.orders = orders;
        this.csvImport = csvImport;
        this.shops = shops;
        this.properties = properties;
    }

    /** One order as a table row; the time is shown in the shop's zone, where the seller's day runs. */
    record OrderRow(UUID id, String orderNumber, String placedAt, String shop, String market, String buyer,
                    String buyerCountry, String total, int lines, boolean hotProduct) {
    }

    @GetMapping("/orders")
    String list(Actor actor, @RequestParam(required = false) UUID shop, @RequestParam(defaultValue = "0") int page,
                Model model) {
        List<Shop> visible = visibleShops(actor);
        OrderFilter filter = new OrderFilter(shop == null ? null : new ShopId(shop), null, null, null);
        OrderPage found = orders.list(actor, filter, page, properties.defaultPageSize());
        Map<ShopId, Shop> byId = visible.stream().collect(Collectors.toMap(Shop::id, Function.identity()));
        model.addAttribute("rows", found.orders().stream().map(o -> row(o, byId.get(o.shop()))).toList());
        model.addAttribute("page", found);
        model.addAttribute("shops", visible);
        model.addAttribute("selectedShop", shop);
        return "orders/list";
    }

    @GetMapping("/orders/import")
    String importForm(Actor actor, Model model) {
        model.addAttribute("shops", visibleShops(actor));
        return "orders/import";
    }

    @PostMapping("/orders/import")
    String importFile(Actor actor, @RequestParam UUID shop, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        ImportReport report;
        try (InputStream csv = file.getInputStream()) {
            report = csvImport.importCsv(actor, new ShopId(shop), csv);
        }
        model.addAttribute("shops", visibleShops(actor));
        model.addAttribute("selectedShop", shop);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("report", report);
        return "orders/import";
    }

    private List<Shop> visibleShops(Actor actor) {
        return shops.of(actor.tenant()).stream().filter(s -> actor.serves(s.market())).toList();
    }

    private static OrderRow row(Order order, Shop shop) {
        ZoneId zone = shop == null ? ZoneId.of("UTC") : shop.zone();
        return new OrderRow(order.id().value(), order.orderNumber(), PLACED.format(order.placedAt().atZone(zone)),
                shop == null ? "" : shop.name(), order.market(),
                order.buyer() == null ? null : order.buyer().name(),
                order.buyer() == null ? null : order.buyer().country(),
                order.total().toString(), order.lines().size(), order.hasHotProduct());
    }
}
