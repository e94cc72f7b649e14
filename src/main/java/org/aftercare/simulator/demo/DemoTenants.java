package org.aftercare.simulator.demo;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.aftercare.integrations.TrackingConnections;
import org.aftercare.simulator.Generated;
import org.aftercare.simulator.Scenario;
import org.aftercare.simulator.Simulator;
import org.aftercare.simulator.SimulatorProperties;
import org.aftercare.simulator.world.Storefronts;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start, creates "Demo Seller" (seven shops, a few months of orders, shipments and
 * tracking) and "Demo Agency Client" (two shops), their users and an API token, so that a fresh
 * install has something to show. Everything happens in one transaction: the demo exists completely
 * or not at all, and an existing "Demo Seller" means it is never generated again. The admin's
 * password and the token follow the configuration on every start.
 */
@Component
@ConditionalOnProperty(name = "aftercare.simulator.demo.enabled", havingValue = "true")
class DemoTenants {

    static final String SELLER = "Demo Seller";
    static final String AGENCY_CLIENT = "Demo Agency Client";
    static final String AGENCY = "Demo Agency";
    static final String ADMIN = "admin@demo.aftercare";
    static final String AGENT = "agent.de@demo.aftercare";
    static final List<String> AGENCY_CLIENT_MARKETS = List.of("GB", "DE");

    private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

    private final Tenants tenants;
    private final Shops shops;
    private final Simulator simulator;
    private final SimulatorProperties.Demo settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TrackingConnections connections;
    private final JdbcClient jdbc;
    private final DemoDesk desk;
    private final DemoReturns demoReturns;
    private final DemoOffers demoOffers;

    DemoTenants(Tenants tenants, Shops shops, Simulator simulator, SimulatorProperties properties,
                TransactionTemplate transactions, Clock clock, TrackingConnections connections, JdbcClient jdbc,
                DemoDesk desk, DemoReturns demoReturns, DemoOffers demoOffers) {
        this.demoOffers = demoOffers;
        this.desk = desk;
        this.demoReturns = demoReturns;
        this.connections = connections;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.shops = shops;
        this.simulator = simulator;
        this.settings = properties.demo();
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        transactions.executeWithoutResult(tx -> {
            // Several instances may start at once on an empty database: one generates, the others wait and find it.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('aftercare.demo'))").query().singleValue();
            if (tenants.findTenantByName(SELLER).isEmpty()) {
                create();
            }
        });
        // The configured password and token always work, also after they were changed.
        UserId admin = tenants.findUser(ADMIN).orElse(null);
        if (admin != null) {
            tenants.setPassword(admin, settings.password());
        }
        tenants.findUser(AGENT).ifPresent(agent -> tenants.setPassword(agent, settings.password()));
        TenantId seller = tenants.findTenantByName(SELLER).orElseThrow();
        tenants.registerApiToken(seller, "demo", Role.OWNER, settings.apiToken(), admin);
        connections.save(seller, settings.seventeenTrackConnection(), "17track", "17TRACK (demo)", settings.seventeenTrackKey());
        connections.save(seller, settings.afterShipConnection(), "aftership", "AfterShip (demo)", settings.afterShipSecret());
        log.info("Demo: sign in as {} (or {}) with password '{}'; API token for {}: {}",
                ADMIN, AGENT, settings.password(), SELLER, settings.apiToken());
        log.info("Demo: tracking webhooks at /hooks/17track/{} and /hooks/aftership/{}",
                settings.seventeenTrackConnection(), settings.afterShipConnection());
    }

    private void create() {
        TenantId seller = tenants.createTenant(SELLER, "SELLER", null);
        Storefronts.inAllMarkets(SELLER).forEach(shop -> shops.create(seller, shop));
        TenantId client = tenants.createTenant(AGENCY_CLIENT, "AGENCY_CLIENT", AGENCY);
        Storefronts.of(AGENCY_CLIENT, AGENCY_CLIENT_MARKETS).forEach(shop -> shops.create(client, shop));

        UserId admin = tenants.findUser(ADMIN)
                .orElseGet(() -> tenants.createUser(ADMIN, "Demo Admin", settings.password(), "en"));
        UserId agent = tenants.findUser(AGENT)
                .orElseGet(() -> tenants.createUser(AGENT, "Demo Agent (DE)", settings.password(), "de"));
        tenants.grant(admin, seller, Role.OWNER, Set.of());
        tenants.grant(agent, seller, Role.AGENT, Set.of("DE"));
        tenants.grant(admin, client, Role.OWNER, Set.of());

        Generated sellerData = simulator.populate(seller,
                Scenario.lastDays(settings.seed(), settings.orders(), settings.days(), clock));
        Generated clientData = simulator.populate(client,
                Scenario.lastDays(settings.seed() + 1, settings.agencyClientOrders(), settings.days(), clock));
        desk.populate(seller, admin, agent, settings.seed(), settings.deskMessages());
        int returnRequests = demoReturns.populate(seller, settings.seed(), settings.returnRequests());
        int grantedOffers = demoOffers.populate(seller, admin, ADMIN, settings.seed());
        log.info("Demo: generated {}, {} buyer messages, {} return requests and {} granted offers for {}", sellerData,
                settings.deskMessages(), returnRequests, grantedOffers, SELLER);
        log.info("Demo: generated {} for {}", clientData, AGENCY_CLIENT);
    }
}
