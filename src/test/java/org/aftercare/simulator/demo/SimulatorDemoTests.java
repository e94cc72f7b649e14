package org.aftercare.simulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftercare.tenancy.Membership;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.Tenants;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A fresh install starts with the demo tenants, once. */
// Closed after the class, while the JVM's one embedded PostgreSQL still runs: a context left
// open until JVM exit would be shut down after the database and stall the fork's exit.
@DirtiesContext
@SpringBootTest(properties = {
        "aftercare.simulator.demo.enabled=true",
        "aftercare.simulator.demo.orders=300",
        "aftercare.simulator.demo.agency-client-orders=40",
        "aftercare.simulator.demo.password=demo-test-password",
        "aftercare.simulator.demo.api-token=ac_demo_test_token"})
class SimulatorDemoTests {

    @Autowired
    DemoTenants demo;
    @Autowired
    Tenants tenants;
    @Autowired
    Shops shops;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void createsTheDemoSellerWithSevenShopsUsersTokenAndData() {
        TenantId seller = tenants.findTenantByName("Demo Seller").orElseThrow();

        assertThat(shops.of(seller)).extracting(Shop::market)
                .containsExactlyInAnyOrder("US", "GB", "DE", "FR", "IT", "ES", "MY");
        assertThat(shops.of(seller)).filteredOn(s -> s.market().equals("DE"))
                .singleElement().satisfies(de -> {
                    assertThat(de.currency().getCurrencyCode()).isEqualTo("EUR");
                    assertThat(de.zone().getId()).isEqualTo("Europe/Berlin");
                    assertThat(de.defaultLanguage()).isEqualTo("de");
                });
        assertThat(count("orders", seller)).isEqualTo(300);
        assertThat(count("tracking_event", seller)).isGreaterThan(1_000);
        assertThat(count("ticket", seller)).as("buyer messages in the desk").isBetween(50L, 150L);
        assertThat(count("desk_team", seller)).isEqualTo(3L);
        assertThat(count("return_request", seller)).as("return requests on delivered demo orders").isPositive();
        assertThat(count("offer", seller)).as("offers on late demo parcels").isPositive();
        assertThat(count("remedy_ledger", seller)).as("granted demo offers in the cost ledger").isPositive();
        assertThat(count("dispute_case", seller)).as("cases on troubled demo parcels").isPositive();
        assertThat(count("evidence_item", seller)).as("their generated evidence").isPositive();
        assertThat(tenants.actorForToken("ac_demo_test_token")).hasValueSatisfying(actor -> {
            assertThat(actor.tenant()).isEqualTo(seller);
            assertThat(actor.role()).isEqualTo(Role.OWNER);
        });
    }

    @Test
    void theAdminOwnsBothDemoTenantsAndTheAgentServesGermanyOnly() {
        UserId admin = tenants.findUser("admin@demo.aftercare").orElseThrow();
        UserId agent = tenants.findUser("agent.de@demo.aftercare").orElseThrow();

        assertThat(tenants.memberships(admin)).extracting(Membership::tenantName, Membership::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Demo Agency Client", Role.OWNER),
                        org.assertj.core.groups.Tuple.tuple("Demo Seller", Role.OWNER));
        assertThat(tenants.memberships(agent)).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.AGENT);
            assertThat(m.markets()).containsExactly("DE");
        });
        assertThat(passwords.matches("demo-test-password", passwordHash(admin))).isTrue();
        TenantId client = tenants.findTenantByName("Demo Agency Client").orElseThrow();
        assertThat(shops.of(client)).hasSize(2);
        assertThat(count("orders", client)).isEqualTo(40);
    }

    @Test
    void theDemosDelayedParcelsHaveNoticesThatSayWhyTheyWereNotSent() {
        TenantId seller = tenants.findTenantByName("Demo Seller").orElseThrow();
        // alerts from the generated tracking raise notices after the demo's transaction, asynchronously
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> count("notice", seller) > 0);
        assertThat(jdbc.sql("select distinct last_error from notice where tenant_id = :tenant and status = 'SKIPPED'")
                .param("tenant", seller.value()).query(String.class).list())
                .as("the demo shops have no channel to buyers set up, and the notices say so")
                .isNotEmpty().allSatisfy(reason -> assertThat(reason).startsWith("no channel:"));
    }

    @Test
    void startingAgainGeneratesNothingMore() {
        TenantId seller = tenants.findTenantByName("Demo Seller").orElseThrow();
        long events = count("tracking_event", seller);

        demo.onStart();

        assertThat(count("tracking_event", seller)).isEqualTo(events);
        assertThat(jdbc.sql("select count(*) from tenant where name = 'Demo Seller'").query(Long.class).single())
                .isEqualTo(1);
    }

    private String passwordHash(UserId user) {
        return jdbc.sql("select password_hash from app_user where id = :id").param("id", user.value())
                .query(String.class).single();
    }

    private long count(String table, TenantId tenant) {
        // Table names are the fixed ones above, never input.
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant")
                .param("tenant", tenant.value()).query(Long.class).single();
    }
}
