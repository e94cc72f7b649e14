package org.aftercare.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.desk.sla.SlaPolicy;
import org.aftercare.desk.sla.SlaSettings;
import org.aftercare.desk.tickets.TicketClocks;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SLA clocks on real tickets (item 3): due times on the German team's calendar across Ascension
 * Day and a weekend, the platform's 12 h clock beside them, warnings at 75 % and 90 % and the breach
 * raised once each by the sweep.
 */
@SpringBootTest
@Import(TestClock.Config.class)
class TicketSlaTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired Inbox inbox;
    @Autowired Tickets tickets;
    @Autowired TicketClocks clocks;
    @Autowired SlaSettings settings;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    TestTenant seller;
    Actor owner;

    @BeforeEach
    void aGermanShopOnMondayToFridayNineToSix() {
        seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
    }

    @Test
    void dueTimesCountTheGermanTeamsBusinessHoursAcrossAscensionDayAndTheWeekend() {
        // Wednesday 13 May 2026, 16:00 in Berlin; Thursday 14 May is Ascension Day, a public holiday
        Instant received = ZonedDateTime.of(2026, 5, 13, 16, 0, 0, 0, BERLIN).toInstant();

        var ticket = tickets.get(owner, receive(Channel.EMAIL, received, "Wo ist mein Paket?"));

        // 4 business hours: Wed 16–18 (2 h), Thu holiday, Fri 09–11 (2 h)
        assertThat(ticket.ticket().firstResponseDueAt()).isEqualTo(berlin(2026, 5, 15, 11, 0));
        // 24 business hours: Wed 2 h, Fri 9 h, weekend, Mon 9 h, Tue 09–13 (4 h)
        assertThat(ticket.ticket().resolutionDueAt()).isEqualTo(berlin(2026, 5, 19, 13, 0));
        assertThat(ticket.ticket().platformResponseDueAt()).as("e-mail has no platform clock").isNull();
        assertThat(ticket.ticket().breaches()).contains("FIRST_RESPONSE", "RESOLUTION");
    }

    @Test
    void aMessageDatedOnChristmasEveDueAfterTheTwoHolidaysAndTheWeekend() {
        // Thursday 24 December 2026, 17:00 in Berlin; 25 and 26 December are public holidays, then the weekend
        Instant received = ZonedDateTime.of(2026, 12, 24, 17, 0, 0, 0, BERLIN).toInstant();

        var ticket = tickets.get(owner, receive(Channel.EMAIL, received, "Wo ist mein Paket?")).ticket();

        // 4 business hours: Thu 17–18 (1 h), Mon 28 December 09–12 (3 h)
        assertThat(ticket.firstResponseDueAt()).isEqualTo(berlin(2026, 12, 28, 12, 0));
        assertThat(ticket.slaDueAt()).isEqualTo(berlin(2026, 12, 28, 12, 0));
    }

    @Test
    void aTikTokChatRunsThePlatformsTwelveHourClockAroundTheClockBesideTheTeamsClock() {
        // Friday 20:00 in Berlin, after hours: the team's clock waits for Monday, TikTok's does not
        Instant received = ZonedDateTime.of(2026, 11, 27, 20, 0, 0, 0, BERLIN).toInstant();

        var ticket = tickets.get(owner, receive(Channel.TIKTOK_CHAT, received, "Wo ist mein Paket?")).ticket();

        assertThat(ticket.platformResponseDueAt()).isEqualTo(received.plus(Duration.ofHours(12)));
        assertThat(ticket.firstResponseDueAt()).isEqualTo(berlin(2026, 11, 30, 13, 0));
    }

    @Test
    void warningsAt75And90PercentAndTheBreachAreRaisedOnceAndRaiseThePriority() {
        settings.save(owner, new SlaPolicy(null, "One hour, around the clock", seller.shop().id(), null, null, null,
                Duration.ofHours(1), null, null, null, true, Set.of(TicketStatus.PENDING_BUYER), true));
        TicketId id = receive(Channel.EMAIL, clock.instant(), "Where is my parcel?");
        assertThat(tickets.get(owner, id).ticket().slaDueAt()).isEqualTo(tickets.get(owner, id).ticket().createdAt().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(46));
        clocks.sweep();
        clocks.sweep();
        assertThat(actions(id)).containsOnlyOnce("sla-warning:75");
        assertThat(tickets.get(owner, id).ticket().priority()).isEqualTo(Priority.NORMAL);

        clock.advance(Duration.ofMinutes(9));
        clocks.sweep();
        assertThat(actions(id)).contains("sla-warning:90");
        assertThat(tickets.get(owner, id).ticket().priority()).isEqualTo(Priority.HIGH);

        clock.advance(Duration.ofMinutes(6));
        clocks.sweep();
        clocks.sweep();
        assertThat(actions(id)).containsOnlyOnce("sla-breach:100");
        var ticket = tickets.get(owner, id).ticket();
        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(ticket.breaches()).containsExactly("FIRST_RESPONSE");
    }

    @Test
    void waitingForTheBuyerPausesTheTeamsClock() {
        settings.save(owner, new SlaPolicy(null, "Two hours", seller.shop().id(), null, null, null,
                Duration.ofHours(2), Duration.ofHours(2), Duration.ofHours(8), null, true,
                Set.of(TicketStatus.PENDING_BUYER), true));
        TicketId id = receive(Channel.EMAIL, clock.instant(), "Where is my parcel?");
        clock.advance(Duration.ofMinutes(30));
        tickets.reply(owner, id, "Could you send us the order number?", TicketStatus.PENDING_BUYER);
        Instant paused = clock.instant();
        assertThat(tickets.get(owner, id).ticket().slaDueAt()).as("nothing runs while the buyer is asked").isNull();

        clock.advance(Duration.ofHours(5));
        inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), Channel.EMAIL, UUID.randomUUID().toString(),
                "buyer@example.de", null, null, "It is 12345", null, List.of(), clock.instant(), List.of()));

        var ticket = tickets.get(owner, id).ticket();
        // resolution: 30 min used before the pause, 7.5 h left from the buyer's answer
        Instant answered = clock.instant().truncatedTo(ChronoUnit.MICROS);
        assertThat(ticket.resolutionDueAt()).isEqualTo(answered.plus(Duration.ofMinutes(450)));
        assertThat(ticket.nextResponseDueAt()).isEqualTo(answered.plus(Duration.ofHours(2)));
        assertThat(paused).isBefore(clock.instant());
    }

    private TicketId receive(Channel channel, Instant at, String text) {
        return inbox.receive(seller.id(), new InboundMessage(seller.shop().id(), channel, UUID.randomUUID().toString(),
                "buyer@example.de", null, null, text, null, List.of(), at, List.of())).ticket();
    }

    private List<String> actions(TicketId id) {
        return tickets.get(owner, id).events().stream().filter(e -> e.action().startsWith("sla-"))
                .map(e -> e.action() + ":" + e.to()).toList();
    }

    private static Instant berlin(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN).toInstant();
    }
}
