package org.aftercare.simulator.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.aftercare.desk.Channel;
import org.aftercare.desk.InboundMessage;
import org.aftercare.desk.Inbox;
import org.aftercare.desk.Teams;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Tickets;
import org.aftercare.simulator.BuyerMessage;
import org.aftercare.simulator.Simulator;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's desk: a German team, a European team and a senior escalation team, the demo agents on
 * shift, and simulated buyer messages about real demo orders arriving over the last two days by
 * TikTok chat and e-mail — some already answered or solved, so every inbox state shows.
 */
@Component
class DemoDesk {

    private final Inbox inbox;
    private final Tickets tickets;
    private final Teams teams;
    private final Shops shops;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDesk(Inbox inbox, Tickets tickets, Teams teams, Shops shops, JdbcClient jdbc, Clock clock) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.teams = teams;
        this.shops = shops;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Buyer(String orderNumber, String ref, String email, String name) {
    }

    void populate(TenantId tenant, UserId admin, UserId agent, long seed, int messages) {
        var owner = new Actor("demo", admin, tenant, Role.OWNER, Set.of());
        teams.create(owner, new Teams.TeamForm("Germany", Set.of("DE"), Set.of(), Teams.Method.LEAST_LOADED, false,
                Set.of(agent.value(), admin.value())));
        teams.create(owner, new Teams.TeamForm("Europe", Set.of("GB", "FR", "IT", "ES"), Set.of(), Teams.Method.ROUND_ROBIN,
                false, Set.of(admin.value())));
        teams.create(owner, new Teams.TeamForm("Escalations", Set.of(), Set.of(), Teams.Method.ROUND_ROBIN, true,
                Set.of(admin.value())));
        teams.shift(owner, admin.value(), true);
        teams.shift(owner, agent.value(), true);

        Map<String, Shop> byMarket = shops.of(tenant).stream().collect(Collectors.toMap(Shop::market, s -> s, (a, b) -> a));
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = clock.instant();
        int sent = 0;
        for (BuyerMessage message : Simulator.buyerMessages(seed, messages * 2)) {
            Shop shop = byMarket.get(message.market());
            if (shop == null || sent >= messages) {
                continue;
            }
            Buyer buyer = buyer(shop, random.nextInt(1_000_000));
            if (buyer == null) {
                continue;
            }
            boolean chat = random.nextInt(3) > 0;
            String text = message.text().replace(message.orderNumber(), buyer.orderNumber());
            var received = inbox.receive(tenant, new InboundMessage(shop.id(), chat ? Channel.TIKTOK_CHAT : Channel.EMAIL,
                    "demo-" + message.id(), chat ? buyer.ref() : buyer.email(), buyer.name(),
                    chat ? null : subject(message.language(), buyer.orderNumber()), text, chat ? buyer.orderNumber() : null,
                    List.of(), now.minus(Duration.ofMinutes(random.nextInt(48 * 60))), List.of()));
            sent++;
            int fate = random.nextInt(10);
            if (fate < 3 && !received.duplicate()) {
                var agentActor = new Actor("demo", admin, tenant, Role.OWNER, Set.of());
                tickets.reply(agentActor, received.ticket(), reply(message.language()),
                        fate == 0 ? TicketStatus.SOLVED : TicketStatus.PENDING_BUYER);
            }
        }
    }

    private Buyer buyer(Shop shop, int pick) {
        return jdbc.sql("""
                select o.order_number, b.buyer_ref, b.email, b.name
                  from orders o join buyer b on b.id = o.buyer_id
                 where o.shop_id = :shop and b.email is not null
                 order by o.placed_at desc
                 offset :pick % greatest(1, least(400, (select count(*) from orders where shop_id = :shop)))
                 limit 1
                """)
                .param("shop", shop.id().value()).param("pick", pick)
                .query((rs, n) -> new Buyer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElse(null);
    }

    private static String subject(String language, String order) {
        return switch (language) {
            case "de" -> "Bestellung " + order;
            case "fr" -> "Commande " + order;
            case "it" -> "Ordine " + order;
            case "es" -> "Pedido " + order;
            case "zh" -> "订单 " + order;
            default -> "Order " + order;
        };
    }

    private static String reply(String language) {
        return switch (language) {
            case "de" -> "Vielen Dank für Ihre Nachricht. Wir haben uns Ihre Bestellung angesehen und melden uns spätestens morgen mit einem Update.";
            case "fr" -> "Merci pour votre message. Nous avons vérifié votre commande et revenons vers vous d'ici demain avec des nouvelles.";
            case "it" -> "Grazie per il messaggio. Abbiamo controllato il suo ordine e le daremo un aggiornamento entro domani.";
            case "es" -> "Gracias por su mensaje. Hemos revisado su pedido y le daremos novedades como muy tarde mañana.";
            case "zh" -> "感谢您的留言。我们已查看您的订单，最迟明天给您最新进展。";
            default -> "Thank you for your message. We have looked into your order and will update you by tomorrow at the latest.";
        };
    }
}
