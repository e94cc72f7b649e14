package org.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.logistics.Milestone;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.TrackingStatus;
import org.aftercare.monitoring.Parcels;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.OrderId;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.aftercare.shared.files.AttachmentCheck;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** The buyer's photos sent with a return request: kept with their hash, refused when disguised or too large. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class ReturnPhotoApiTests {

    // the smallest valid PNG: 1 × 1 pixel
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    // the start of a Windows executable
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
            (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Orders orders;
    @Autowired Parcels parcels;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    TestTenant seller;
    OrderId order;

    @BeforeEach
    void aDeliveredOrder() {
        seller = TestTenant.create(tenants, shops, "US", Role.AGENT);
        Actor actor = new Actor("test", seller.owner(), seller.id(), Role.OWNER, Set.of());
        String number = "US-" + UUID.randomUUID().toString().substring(0, 8);
        order = orders.create(actor, new NewOrder(seller.shop().id(), number, clock.instant().minus(Duration.ofDays(15)),
                new NewOrder.NewBuyer("buyer-" + number, "Sam Buyer", "sam@example.com", null, "US", "en", null),
                List.of(new NewOrder.Line("TEE-RED-M", "Red tee", Money.of("12.00", "USD"), 2, false)), "API")).order();
        ShipmentId parcel = parcels.shippedHoursAgo(seller.shop(), "YUNEXPRESS", 24 * 12);
        parcels.scan(seller.shop(), parcel, "YUNEXPRESS", clock.instant().minus(Duration.ofDays(3)), "Brooklyn, NY, US",
                "Delivered, front door", TrackingStatus.Delivered, null, Milestone.DELIVERED);
        jdbc.sql("update shipment set order_id = :order where id = :id")
                .param("order", order.value()).param("id", parcel.value()).update();
    }

    ResultActions submit(String photos) throws Exception {
        return mvc.perform(post("/api/v1/returns").header("Authorization", seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"shop": "%s", "order": "%s", "comment": "Torn seam",
                         "lines": [{"orderLineNo": 1, "quantity": 1, "reason": "DAMAGED"}],
                         "photos": [%s]}
                        """.formatted(seller.shop().id(), order, photos)));
    }

    static String photo(String name, String type, byte[] content) {
        return """
                {"fileName": "%s", "contentType": "%s", "contentBase64": "%s"}""".formatted(name, type,
                Base64.getEncoder().encodeToString(content));
    }

    long stored(String table) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant")
                .param("tenant", seller.id().value()).query(Long.class).single();
    }

    @Test
    void aPngIsKeptWithItsHashListedAndDownloadedAsAnAttachment() throws Exception {
        String body = submit(photo("seam.png", "image/png", PNG))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.photos.length()").value(1))
                .andExpect(jsonPath("$.photos[0].name").value("seam.png"))
                .andExpect(jsonPath("$.photos[0].type").value("image/png"))
                .andExpect(jsonPath("$.photos[0].size").value(PNG.length))
                .andExpect(jsonPath("$.photos[0].sha256").value(AttachmentCheck.sha256(PNG)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String photo = JsonPath.read(body, "$.photos[0].id");

        mvc.perform(get("/api/v1/returns/" + id).header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.photos[0].id").value(photo))
                .andExpect(jsonPath("$.photos[0].sha256").value(AttachmentCheck.sha256(PNG)));
        byte[] downloaded = mvc.perform(get("/api/v1/returns/" + id + "/photos/" + photo).header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("seam.png")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PNG);

        // another tenant sees neither the return nor its photo
        TestTenant other = TestTenant.create(tenants, shops, "US", Role.AGENT);
        mvc.perform(get("/api/v1/returns/" + id + "/photos/" + photo).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anExecutableNamedLikeAJpegIsRefusedNamingThePhotoAndNothingIsStored() throws Exception {
        submit(photo("seam.jpg", "image/jpeg", EXE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("photos[0]"))
                .andExpect(jsonPath("$.detail").value(containsString("seam.jpg")))
                .andExpect(jsonPath("$.detail").value(containsString("not accepted")));

        assertThat(stored("return_request")).isZero();
        assertThat(stored("return_photo")).isZero();
    }

    @Test
    void aPhotoAboveTheLimitIsRefusedWithTheLimit() throws Exception {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        submit(photo("seam.png", "image/png", PNG) + ", " + photo("big.png", "image/png", huge))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("photos[1]"))
                .andExpect(jsonPath("$.detail").value(containsString("the limit is 10485760 bytes")));

        assertThat(stored("return_request")).isZero();
        assertThat(stored("return_photo")).isZero();
    }

    @Test
    void photosThatAreNotBase64OrTooManyAreRefusedByName() throws Exception {
        submit("""
                {"fileName": "seam.png", "contentType": "image/png", "contentBase64": "not*base64!"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("photos[0].contentBase64"));
        submit(String.join(", ", java.util.Collections.nCopies(11, photo("seam.png", "image/png", PNG))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("photos"))
                .andExpect(jsonPath("$.detail").value(containsString("11 sent, at most 10")));

        assertThat(stored("return_request")).isZero();
        assertThat(stored("return_photo")).isZero();
    }
}
