package org.aftercare.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.logistics.ShipmentRegistration;
import org.aftercare.logistics.Shipments;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.outreach.Channel;
import org.aftercare.outreach.DelayReason;
import org.aftercare.outreach.outbox.NoticeOutbox;
import org.aftercare.outreach.campaigns.AdjustedTimeline;
import org.aftercare.outreach.campaigns.Campaign;
import org.aftercare.outreach.campaigns.CampaignPacer;
import org.aftercare.outreach.campaigns.CampaignPreview;
import org.aftercare.outreach.campaigns.CampaignReport;
import org.aftercare.outreach.campaigns.CampaignRequest;
import org.aftercare.outreach.campaigns.CampaignStatus;
import org.aftercare.outreach.campaigns.Campaigns;
import org.aftercare.outreach.campaigns.ShipmentFilter;
import org.aftercare.monitoring.AlertId;
import org.aftercare.monitoring.AlertRaised;
import org.aftercare.monitoring.AlertRule;
import org.aftercare.monitoring.Severity;
import org.aftercare.remedies.OfferKind;
import org.aftercare.remedies.OfferState;
import org.aftercare.remedies.OfferSummary;
import org.aftercare.remedies.Offers;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.mail.internet.MimeMessage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Incident campaigns over real SMTP (GreenMail): a campaign run twice, and a second campaign over
 * the same incident, reach each buyer once; pausing stops dispatch; cancelling drops what is queued;
 * the report counts what the mail server received and what bounced.
 */
class CampaignMailTests extends WithMailServer {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired Orders orders;
    @Autowired Shipments shipments;
    @Autowired Campaigns campaigns;
    @Autowired Offers offers;
    @Autowired CampaignPacer pacer;
    @Autowired NoticeOutbox outbox;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    String suffix;
    List<String> buyers = new ArrayList<>();
    List<ShipmentId> parcels = new ArrayList<>();

    @BeforeEach
    void tenInTheMorningInBerlin() {
        ZonedDateTime now = clock.instant().atZone(BERLIN);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(10, 0).atZone(BERLIN)));
        jdbc.sql("""
                insert into carrier (code, name, kind, tracking_url)
                values ('OUTREACH_POST', 'Outreach Post', 'CROSS_BORDER', 'https://track.example/{trackingNumber}')
                on conflict do nothing
                """).update();
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aCampaignRunTwiceAndASecondCampaignOverTheSameIncidentReachEachBuyerOnce() throws Exception {
        buyersWithParcelsStalledIn("Leipzig", 3);
        String invalid = buyer("Bruno Invalid", "bruno.at.example.de", "de");
        UUID incident = incidentOver(parcels);

        Campaign first = campaigns.create(owner, new CampaignRequest("Leipzig hub closed", incident, null,
                new AdjustedTimeline(DelayReason.CARRIER_NETWORK_CLOSURE, LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 2, 14), null, null, Money.of("5.00", "EUR")), null));
        CampaignPreview preview = campaigns.preview(owner, first.id());
        assertThat(preview.orders()).isEqualTo(4);
        assertThat(preview.buyers()).isEqualTo(4);
        assertThat(preview.rows()).extracting(CampaignPreview.Row::buyerLanguage, CampaignPreview.Row::channel,
                CampaignPreview.Row::orders).containsExactly(org.assertj.core.groups.Tuple.tuple("de", Channel.EMAIL, 4));
        assertThat(preview.samples()).singleElement().satisfies(s -> {
            assertThat(s.language()).isEqualTo("de");
            assertThat(s.subject()).contains(s.orderNumber());
            assertThat(s.body()).contains("10.–14. Februar").contains("5,00\u00A0€").doesNotContain("\uE000");
        });

        campaigns.send(owner, first.id());
        campaigns.send(owner, first.id());
        deliverAll();
        await().atMost(Duration.ofSeconds(30)).until(() -> buyers.stream().allMatch(b -> receivedBy(b).size() == 1));

        Campaign second = campaigns.create(owner, new CampaignRequest("Leipzig hub, second round", incident, null,
                new AdjustedTimeline(DelayReason.CARRIER_NETWORK_CLOSURE, null, null, 5, null, null), 6000));
        Campaign sentAgain = campaigns.send(owner, second.id());
        assertThat(sentAgain.queued()).isZero();
        assertThat(sentAgain.alreadyTold()).isEqualTo(4);
        deliverAll();

        for (String buyer : buyers) {
            assertThat(receivedBy(buyer)).as(buyer).hasSize(1);
        }
        MimeMessage mail = receivedBy(buyers.getFirst()).getFirst();
        String text = ((String) mail.getContent()).strip();
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("de");
        assertThat(text).startsWith("Hallo Buyer0,").contains("10.–14. Februar").contains("5,00\u00A0€")
                .contains("https://track.example/");
        assertThat(receivedBy(invalid)).isEmpty();

        Campaign done = campaigns.get(owner, first.id());
        assertThat(done.status()).isEqualTo(CampaignStatus.DONE);
        assertThat(done.queued()).isEqualTo(4);
        CampaignReport report = campaigns.report(owner, first.id());
        assertThat(report.channels()).singleElement().satisfies(line -> {
            assertThat(line.channel()).isEqualTo(Channel.EMAIL);
            assertThat(line.sent()).isEqualTo(3);
            assertThat(line.bounced()).isEqualTo(1);
            assertThat(line.failed()).isZero();
            assertThat(line.held() + line.sending()).isZero();
        });
        assertThat(report.total().percent()).isEqualTo(100);
        assertThat(jdbc.sql("""
                select count(*) || ' ' || sum(amount) || ' ' || min(currency) from offer
                 where tenant_id = :tenant and kind = 'COUPON' and state = 'GRANTED' and tier = 'CAMPAIGN'
                """).param("tenant", seller.id().value()).query(String.class).single())
                .as("a granted coupon per notice sent, none for the bounce").isEqualTo("3 15.0000 EUR");
        assertThat(jdbc.sql("select sum(amount) from remedy_ledger where tenant_id = :tenant")
                .param("tenant", seller.id().value()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("15.00");
        assertThat(campaigns.report(owner, second.id()).total().notices()).isZero();
    }

    @Test
    void pausingStopsDispatchAndResumingFinishesAtTheCampaignsRate() {
        buyersWithParcelsStalledIn("Hub " + suffix, 5);
        Campaign campaign = filterCampaign("Hub " + suffix, 60);
        campaigns.send(owner, campaign.id());

        clock.advance(Duration.ofSeconds(2));
        assertThat(pacer.release()).as("60 a minute: two in two seconds").isEqualTo(2);
        outbox.dispatch();
        assertThat(mailsToBuyers()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        pacer.release();
        campaigns.pause(owner, campaign.id());
        clock.advance(Duration.ofMinutes(5));
        assertThat(pacer.release()).isZero();
        outbox.dispatch();
        assertThat(mailsToBuyers()).as("a notice released just before the pause is held again").isEqualTo(2);
        assertThat(campaigns.report(owner, campaign.id()).total().held()).isEqualTo(3);

        campaigns.resume(owner, campaign.id());
        clock.advance(Duration.ofSeconds(1));
        assertThat(pacer.release()).as("no burst after a pause").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        pacer.release();
        outbox.dispatch();
        pacer.release();
        assertThat(mailsToBuyers()).isEqualTo(5);
        assertThat(campaigns.get(owner, campaign.id()).status()).as(campaigns.report(owner, campaign.id()).toString())
                .isEqualTo(CampaignStatus.DONE);
        assertThat(campaigns.report(owner, campaign.id()).total().sent()).isEqualTo(5);
    }

    @Test
    void cancellingDropsTheQueuedNoticesAndKeepsTheSentOnes() {
        buyersWithParcelsStalledIn("Depot " + suffix, 5);
        Campaign campaign = filterCampaign("Depot " + suffix, 60);
        campaigns.send(owner, campaign.id());
        clock.advance(Duration.ofSeconds(2));
        pacer.release();
        outbox.dispatch();

        Campaign cancelled = campaigns.cancel(owner, campaign.id());
        assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(cancelled.dropped()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(5));
        assertThat(pacer.release()).isZero();
        outbox.dispatch();
        assertThat(mailsToBuyers()).isEqualTo(2);
        CampaignReport report = campaigns.report(owner, campaign.id());
        assertThat(report.total().sent()).isEqualTo(2);
        assertThat(report.total().notices()).isEqualTo(2);
        assertThatThrownBy(() -> campaigns.send(owner, campaign.id())).hasMessageStartingWith("status:");
    }

    @Test
    void cancellingDropsTheNoticesWaitingForARetryButNotTheOneOnTheWire() {
        buyersWithParcelsStalledIn("Outage " + suffix, 3);
        Campaign campaign = filterCampaign("Outage " + suffix, 600);
        campaigns.send(owner, campaign.id());
        MAIL.stop();
        UUID onTheWire;
        try {
            clock.advance(Duration.ofSeconds(30));
            assertThat(pacer.release()).isEqualTo(3);
            outbox.dispatch();
            assertThat(jdbc.sql("""
                    select count(*) from notice
                     where campaign_id = :id and status = 'QUEUED' and attempts = 1 and next_attempt_at > :now
                       and leased_until is null
                    """).param("id", campaign.id()).param("now", Timestamp.from(clock.instant()))
                    .query(Integer.class).single()).as("all three wait for their retry").isEqualTo(3);

            // Past the first backoff the outbox leases one again and is sending it when the campaign is cancelled.
            clock.advance(Duration.ofMinutes(2));
            Timestamp until = Timestamp.from(clock.instant().plus(Duration.ofMinutes(5)));
            onTheWire = jdbc.sql("""
                    update notice set next_attempt_at = :until, leased_until = :until
                     where id = (select id from notice where campaign_id = :id order by id limit 1)
                    returning id
                    """).param("until", until).param("id", campaign.id()).query(UUID.class).single();

            Campaign cancelled = campaigns.cancel(owner, campaign.id());
            assertThat(cancelled.dropped()).as("the two waiting for a retry").isEqualTo(2);
        }
        finally {
            MAIL.start();
            MAIL.setUser(shopAddress, shopAddress, System.getProperty(passwordVariable));
        }
        clock.advance(Duration.ofMinutes(20));
        outbox.dispatch();
        pacer.release();

        assertThat(jdbc.sql("select id from notice where campaign_id = :id").param("id", campaign.id())
                .query(UUID.class).list()).containsExactly(onTheWire);
        assertThat(mailsToBuyers()).as("only the notice that was on the wire (re-sent once its lease ran out)")
                .isEqualTo(1);
    }

    @Test
    void aCampaignsCouponCoversALaterOverdueAlertOnTheSameOrder() {
        buyersWithParcelsStalledIn("Coupon " + suffix, 2);
        Campaign campaign = campaigns.create(owner, new CampaignRequest("Stalled at Coupon " + suffix, null,
                new ShipmentFilter("OUTREACH_POST", "CN", List.of("DACH"), null, null, "Coupon " + suffix),
                new AdjustedTimeline(DelayReason.PEAK_SEASON, null, null, 4, null, Money.of("5.00", "EUR")), 600));
        campaigns.send(owner, campaign.id());
        deliverAll();
        assertThat(mailsToBuyers()).isEqualTo(2);
        buyer("Late Comer", "latecomer-" + suffix + "@example.de", "de");
        jdbc.sql("update shipment set promised_by = :late where tenant_id = :tenant")
                .param("late", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(6)))
                .param("tenant", seller.id().value()).update();

        OfferSummary covered = offers.offerFor(new AlertRaised(new AlertId(UUID.randomUUID()), seller.id(),
                parcels.getFirst(), AlertRule.OVERDUE, Severity.HIGH)).orElseThrow();
        assertThat(covered.kind()).isEqualTo(OfferKind.COUPON);
        assertThat(covered.state()).as("the campaign's coupon, granted").isEqualTo(OfferState.GRANTED);
        assertThat(jdbc.sql("select count(*) from offer where tenant_id = :tenant and shipment_id = :parcel")
                .param("tenant", seller.id().value()).param("parcel", parcels.getFirst().value())
                .query(Integer.class).single()).as("no second coupon for the same delay").isEqualTo(1);

        OfferSummary fresh = offers.offerFor(new AlertRaised(new AlertId(UUID.randomUUID()), seller.id(),
                parcels.getLast(), AlertRule.OVERDUE, Severity.HIGH)).orElseThrow();
        assertThat(fresh.kind()).as("a buyer the campaign did not reach gets the tiers' coupon").isEqualTo(OfferKind.COUPON);
        assertThat(fresh.state()).isEqualTo(OfferState.PROPOSED);
    }

    @Test
    void theApiCreatesPreviewsSendsAndReportsACampaign() throws Exception {
        buyersWithParcelsStalledIn("Api " + suffix, 2);
        String created = mvc.perform(post("/api/v1/outreach/campaigns").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "API campaign", "filter": {"carrier": "OUTREACH_POST", "destinations": ["DACH"],
                                 "lastLocation": "Api %s"},
                                 "timeline": {"reason": "EXTREME_WEATHER", "delayDays": 3}, "ratePerMinute": 1200}
                                """.formatted(suffix)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/outreach/campaigns/" + id + "/preview").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.orders").value(2))
                .andExpect(jsonPath("$.rows[0].channel").value("EMAIL"))
                .andExpect(jsonPath("$.samples[0].language").value("de"));
        mvc.perform(post("/api/v1/outreach/campaigns/" + id + "/send").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.queued").value(2));
        deliverAll();
        mvc.perform(get("/api/v1/outreach/campaigns/" + id + "/report").header("Authorization", seller.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.channels[0].channel").value("EMAIL"))
                .andExpect(jsonPath("$.channels[0].sent").value(2)).andExpect(jsonPath("$.total.bounced").value(0));

        mvc.perform(post("/api/v1/outreach/campaigns").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "bad", "filter": {"origin": "China"}}
                                """))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("origin:")));
        mvc.perform(put("/api/v1/outreach/campaigns/" + id + "/timeline").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"timeline": {"reason": "PEAK_SEASON", "delayDays": 3}}
                                """))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(startsWith("status:")));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> campaigns.create(owner, new CampaignRequest("x", null, null, null, null)))
                .hasMessageStartingWith("incident:");
        assertThatThrownBy(() -> new ShipmentFilter(null, "China", null, null, null, null)).hasMessageStartingWith("origin:");
        assertThatThrownBy(() -> new ShipmentFilter(null, null, List.of("Europe"), null, null, null))
                .hasMessageStartingWith("destinations:");
        assertThatThrownBy(() -> new AdjustedTimeline(null, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 1), null, null, null))
                .hasMessageStartingWith("etaFrom:");
        Campaign draft = campaigns.create(owner, new CampaignRequest("no timeline", null,
                new ShipmentFilter("OUTREACH_POST", null, List.of("EU"), null, null, null), null, null));
        assertThatThrownBy(() -> campaigns.send(owner, draft.id())).hasMessageStartingWith("reason:");
        assertThatThrownBy(() -> campaigns.timeline(owner, draft.id(), AdjustedTimeline.NONE, 0))
                .hasMessageStartingWith("ratePerMinute:");
    }

    @Test
    void aThirdCampaignWithinADayIsHeldForAnAgentNotSent() {
        buyersWithParcelsStalledIn("Busy " + suffix, 1);
        for (int i = 0; i < 2; i++) {
            campaigns.send(owner, filterCampaign("Busy " + suffix, 600).id());
        }
        Campaign third = filterCampaign("Busy " + suffix, 600);
        campaigns.send(owner, third.id());
        deliverAll();

        assertThat(mailsToBuyers()).as("the shop's limit is two notices a buyer in 24 h").isEqualTo(2);
        CampaignReport report = campaigns.report(owner, third.id());
        assertThat(report.total().proposed()).isEqualTo(1);
        assertThat(report.total().percent()).isEqualTo(100);
        assertThat(jdbc.sql("select last_error from notice where campaign_id = :id").param("id", third.id())
                .query(String.class).single()).isEqualTo("held for an agent: the buyer already received 2 notices in 24 h");
    }

    @Test
    void buyersInTheirQuietHoursAreWrittenToInTheMorning() {
        buyersWithParcelsStalledIn("Night " + suffix, 2);
        ZonedDateTime now = clock.instant().atZone(BERLIN);
        clock.advance(Duration.between(now, now.toLocalDate().atTime(22, 30).atZone(BERLIN)));
        Campaign campaign = filterCampaign("Night " + suffix, 600);
        campaigns.send(owner, campaign.id());

        clock.advance(Duration.ofMinutes(5));
        assertThat(pacer.release()).as("22:35 in Berlin is within the quiet hours").isZero();
        clock.advance(Duration.ofHours(9));
        assertThat(pacer.release()).as("07:35 still is").isZero();
        clock.advance(Duration.ofMinutes(30));
        assertThat(pacer.release()).as("08:05 is not").isEqualTo(2);
        outbox.dispatch();
        assertThat(mailsToBuyers()).isEqualTo(2);
    }

    private Campaign filterCampaign(String location, int ratePerMinute) {
        return campaigns.create(owner, new CampaignRequest("Stalled at " + location, null,
                new ShipmentFilter("OUTREACH_POST", "CN", List.of("DACH"), null, null, location),
                new AdjustedTimeline(DelayReason.PEAK_SEASON, null, null, 4, null, null), ratePerMinute));
    }

    private void deliverAll() {
        clock.advance(Duration.ofMinutes(1));
        pacer.release();
        outbox.dispatch();
        pacer.release();
    }

    private int mailsToBuyers() {
        return buyers.stream().mapToInt(b -> receivedBy(b).size()).sum();
    }

    private void buyersWithParcelsStalledIn(String location, int count) {
        for (int i = 0; i < count; i++) {
            buyer("Buyer" + i + " Example", "buyer" + i + "-" + suffix + "@example.de", "de");
        }
        jdbc.sql("update shipment set last_location = :location where tenant_id = :tenant")
                .param("location", location).param("tenant", seller.id().value()).update();
    }

    private String buyer(String name, String email, String language) {
        var order = orders.create(owner, new NewOrder(seller.shop().id(), "DE-" + UUID.randomUUID().toString().substring(0, 8),
                clock.instant().minus(Duration.ofDays(6)),
                new NewOrder.NewBuyer(email, name, email, null, "DE", language, "Europe/Berlin"),
                List.of(new NewOrder.Line("CUSH-1", "Leinen-Kissenbezug", Money.of("19.90", "EUR"), 1, false)), "API")).order();
        parcels.add(shipments.register(seller.id(), new ShipmentRegistration(seller.shop().id(), order,
                "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(), "OUTREACH_POST",
                null, null, "CN", "DE", "standard", clock.instant().minus(Duration.ofHours(1)), null,
                LocalDate.now(clock).plusDays(20), false)));
        if (email.contains("@")) {
            buyers.add(email);
        }
        return email;
    }

    private UUID incidentOver(List<ShipmentId> members) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into incident (id, tenant_id, carrier_code, destination_country, location, leg, first_detected_at,
                                      last_detected_at, parcels, status)
                values (:id, :tenant, 'OUTREACH_POST', 'DE', 'Leipzig', null, :now, :now, :parcels, 'OPEN')
                """)
                .param("id", id).param("tenant", seller.id().value()).param("now", now).param("parcels", members.size())
                .update();
        for (ShipmentId s : members) {
            jdbc.sql("""
                    insert into incident_member (incident_id, shipment_id, tenant_id, joined_at)
                    values (:id, :shipment, :tenant, :now)
                    """)
                    .param("id", id).param("shipment", s.value()).param("tenant", seller.id().value()).param("now", now)
                    .update();
        }
        return id;
    }

    private static List<MimeMessage> receivedBy(String address) {
        return EmailReplyTests.receivedBy(address);
    }
}
