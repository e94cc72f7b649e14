package org.aftercare.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.monitoring.AlertFilter;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.AlertStatus;
import org.aftercare.monitoring.AlertView;
import org.aftercare.monitoring.Alerts;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** A raw status nobody mapped: kept, listed, mapped by a manager, and then it counts. */
@SpringBootTest
@AutoConfigureMockMvc
class StatusMappingTests {

    @Autowired MockMvc mvc;
    @Autowired Tracking tracking;
    @Autowired Shipments shipments;
    @Autowired StatusMappings mappings;
    @Autowired Alerts alerts;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    String number;
    ShipmentId shipment;
    Instant now = Instant.now();

    @BeforeEach
    void aShipmentWithAnUnmappedScan() {
        jdbc.sql("insert into carrier (code, name, kind) values ('YUNEXPRESS', 'YunExpress', 'CROSS_BORDER') "
                + "on conflict do nothing").update();
        seller = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
        number = "YT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        shipment = shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), null, number,
                "YUNEXPRESS", null, null, "CN", "DE", null, now.minus(Duration.ofDays(4)), null, null, false));
        tracking.ingest(seller.id(), List.of(
                new IncomingEvent("csv", null, number, "YUNEXPRESS", now.minus(Duration.ofDays(3)), "Asia/Shanghai",
                        "Shenzhen", "Shipment picked up", "Picked up by courier", null, null, null),
                new IncomingEvent("csv", null, number, "YUNEXPRESS", now.minus(Duration.ofDays(1)), "Europe/Berlin",
                        "Leipzig hub", "PKG-MISSING-88", "Parcel cannot be located", null, null, null)));
    }

    @Test
    void anUnmappedStatusIsListedThenMappedAndThenItRaisesTheAlertItMeans() throws Exception {
        assertThat(shipmentState()).containsEntry("status", "InTransit");
        assertThat(mappings.unmapped(seller.id())).singleElement().satisfies(u -> {
            assertThat(u.provider()).isEqualTo("csv");
            assertThat(u.rawStatus()).isEqualTo("PKG-MISSING-88");
            assertThat(u.events()).isEqualTo(1);
            assertThat(u.exampleDescription()).isEqualTo("Parcel cannot be located");
        });
        mvc.perform(get("/api/v1/status-mappings/unmapped").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$[0].rawStatus").value("PKG-MISSING-88"))
                .andExpect(jsonPath("$[0].events").value(1));

        mvc.perform(put("/api/v1/status-mappings").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"provider":"csv","rawStatus":"PKG-MISSING-88","status":"Exception","subStatus":"Lost"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventsRemapped").value(1))
                .andExpect(jsonPath("$.shipmentsUpdated[0].value").value(shipment.value().toString()));

        assertThat(mappings.unmapped(seller.id())).isEmpty();
        assertThat(shipmentState()).containsEntry("status", "Exception").containsEntry("sub_status", "Lost")
                .containsEntry("last_location", "Leipzig hub");
        Actor agent = new Actor("agent@test", seller.owner(), seller.id(), Role.AGENT, Set.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> alerts.find(agent,
                        new AlertFilter(number, AlertRule.EXCEPTION, AlertStatus.OPEN, null, null, null, null, null, 0, 10))
                .stream().map(AlertView::rule).toList().contains(AlertRule.EXCEPTION));
        assertThat(mappings.mappings(seller.id())).anySatisfy(m -> {
            assertThat(m.rawStatus()).isEqualTo("PKG-MISSING-88");
            assertThat(m.standard()).isFalse();
        });
    }

    @Test
    void theShippedDefaultsMapCommonLineHaulScans() {
        assertThat(shipmentState()).containsEntry("status", "InTransit");
        assertThat(jdbc.sql("select picked_up_at from shipment where id = :id").param("id", shipment.value())
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void aChangedMappingReMapsButNeverOverridesWhatASourceSaid() {
        tracking.ingest(seller.id(), List.of(new IncomingEvent("csv", "given-1", number, null,
                now.minus(Duration.ofHours(2)), "UTC", "Leipzig hub", "PKG-MISSING-88", "Given", TrackingStatus.InTransit,
                null, null)));
        mappings.save(seller.id(), "csv", "PKG-MISSING-88", TrackingStatus.Exception, SubStatus.Lost, null, "test");
        StatusMappings.Saved again = mappings.save(seller.id(), "csv", "PKG-MISSING-88", TrackingStatus.InTransit,
                null, null, "test");

        assertThat(again.eventsRemapped()).isEqualTo(1);
        assertThat(jdbc.sql("select status from tracking_event where tenant_id = :t and provider_event_id = 'given-1'")
                .param("t", seller.id().value()).query(String.class).single()).isEqualTo("InTransit");
        assertThat(shipmentState()).containsEntry("status", "InTransit").containsEntry("sub_status", null);
    }

    @Test
    void onlyManagersMayMap() throws Exception {
        String agent = "Bearer " + tenants.issueApiToken(seller.id(), "agent", Role.AGENT, seller.owner());
        mvc.perform(put("/api/v1/status-mappings").header("Authorization", agent)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"csv\",\"rawStatus\":\"PKG-MISSING-88\",\"status\":\"Exception\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/status-mappings").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"csv\",\"rawStatus\":\"PKG-MISSING-88\",\"status\":\"Gone\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void theConsolePageListsTheUnmappedStatusAndMapsItInPlace() throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", seller.ownerEmail()).param("password", TestTenant.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/settings/status-mappings").locale(Locale.SIMPLIFIED_CHINESE).cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未映射的状态").contains("PKG-MISSING-88").contains("Parcel cannot be located")
                .contains("hx-post=\"/settings/status-mappings\"").doesNotContain("??");

        String row = mvc.perform(post("/settings/status-mappings").header("HX-Request", "true").locale(Locale.ENGLISH)
                        .param("provider", "csv").param("rawStatus", "PKG-MISSING-88").param("status", "Exception")
                        .param("subStatus", "Lost").param("milestone", "")
                        .with(csrf()).cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(row).contains("<tr").contains("Mapped to Exception: 1 event(s) updated, 1 parcel(s) checked again.")
                .doesNotContain("<main");
        assertThat(mappings.unmapped(seller.id())).isEmpty();
    }

    private Map<String, Object> shipmentState() {
        return jdbc.sql("select status, sub_status, last_location from shipment where id = :id")
                .param("id", shipment.value()).query().singleRow();
    }
}
