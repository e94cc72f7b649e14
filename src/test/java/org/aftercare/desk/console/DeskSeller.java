package org.aftercare.desk.console;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.desk.Channel;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.TicketId;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;

/**
 * A German seller for the desk console's tests: buyers write in through {@link Inbox#receive}, as
 * the channels do; an order with a parcel gives the side panel something to show.
 */
final class DeskSeller {

    final TestTenant tenant;
    final Actor owner;
    private final Inbox inbox;
    private final Orders orders;
    private final Shipments shipments;
    private final Tenants tenants;
    private final Clock clock;

    DeskSeller(Tenants tenants, Shops shops, Inbox inbox, Orders orders, Shipments shipments, Clock clock) {
        this.tenant = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        this.owner = new Actor(tenant.ownerEmail(), tenant.owner(), tenant.id(), Role.OWNER, Set.of());
        this.inbox = inbox;
        this.orders = orders;
        this.shipments = shipments;
        this.tenants = tenants;
        this.clock = clock;
    }

    Shop shop() {
        return tenant.shop();
    }

    /** A buyer's e-mail, received now. */
    TicketId email(String from, String subject, String body) {
        return write(tenant.shop(), from, subject, body, null, List.of());
    }

    TicketId write(Shop shop, String from, String subject, String body, String orderNumber,
                   List<InboundMessage.IncomingAttachment> files) {
        return inbox.receive(tenant.id(), new InboundMessage(shop.id(), Channel.EMAIL,
                "<" + UUID.randomUUID() + "@mail.example>", from, null, subject, body, orderNumber, List.of(),
                clock.instant(), files)).ticket();
    }

    /** An order of a jacket placed ten days ago, with a parcel whose label was made 50 hours ago and never scanned. */
    String orderWithParcel(String email) {
        String number = "DE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var outcome = orders.create(owner, new NewOrder(tenant.shop().id(), number, clock.instant().minus(Duration.ofDays(10)),
                new NewOrder.NewBuyer(email, "Jonas Weber", email, null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("JACKET-M", "Winterjacke M", new Money(new BigDecimal("89.90"),
                        Currency.getInstance("EUR")), 1, false)), "TEST"));
        shipments.register(tenant.id(), new ShipmentRegistration(tenant.shop().id(), outcome.order(),
                "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(), "YUNEXPRESS", null, null,
                "CN", "DE", null, clock.instant().minus(Duration.ofHours(50)), null, LocalDate.now(clock).plusDays(3), false));
        return number;
    }

    ShipmentId parcelOf(String orderNumber) {
        var order = orders.findByNumber(tenant.id(), tenant.shop().id(), orderNumber).orElseThrow();
        return shipments.ofOrder(tenant.id(), order.id()).getFirst().id();
    }

    /** A console user of this seller; returns the e-mail to sign in with. */
    String user(Role role, Set<String> markets) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@seller.example";
        UserId user = tenants.createUser(email, role.name().charAt(0) + role.name().substring(1).toLowerCase() + " "
                + email.substring(role.name().length() + 1, role.name().length() + 5), TestTenant.PASSWORD, "en");
        tenants.grant(user, tenant.id(), role, markets);
        return email;
    }
}
