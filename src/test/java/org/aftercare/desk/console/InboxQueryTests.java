package org.aftercare.desk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.aftercare.desk.Channel;
import org.aftercare.desk.Intent;
import org.aftercare.desk.TicketStatus;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.Test;

/** The inbox's filter form read into the desk's filter, and its due times read as countdowns. */
class InboxQueryTests {

    private final UserId me = new UserId(UUID.randomUUID());
    private final Actor agent = new Actor("a@x.example", me, new TenantId(UUID.randomUUID()), Role.AGENT, Set.of("DE"));

    @Test
    void theFormBecomesTheDesksFilter() {
        var filter = new InboxQuery("pending_buyer", "de", "EMAIL", "where_is_my_order", "me", "yes", "de", " 1042 ", 2)
                .toFilter(agent);
        assertThat(filter.statuses()).containsExactly(TicketStatus.PENDING_BUYER);
        assertThat(filter.market()).isEqualTo("DE");
        assertThat(filter.channel()).isEqualTo(Channel.EMAIL);
        assertThat(filter.intent()).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(filter.assignee()).isEqualTo(me.value());
        assertThat(filter.unassigned()).isFalse();
        assertThat(filter.escalated()).isTrue();
        assertThat(filter.text()).isEqualTo("1042");
        assertThat(filter.page()).isEqualTo(2);

        var unassigned = new InboxQuery(null, null, null, null, "none", "no", null, null, null).toFilter(agent);
        assertThat(unassigned.unassigned()).isTrue();
        assertThat(unassigned.assignee()).isNull();
        assertThat(unassigned.escalated()).isFalse();
        assertThat(unassigned.onlyOpen()).isTrue();
    }

    @Test
    void aBadValueIsRefusedNamingItsParameter() {
        assertThatThrownBy(() -> new InboxQuery("LOST", null, null, null, null, null, null, null, null).toFilter(agent))
                .hasMessageStartingWith("status: unknown value LOST");
        assertThatThrownBy(() -> new InboxQuery(null, null, null, null, "bob", null, null, null, null).toFilter(agent))
                .hasMessageStartingWith("assignee:");
        assertThatThrownBy(() -> new InboxQuery(null, "Germany", null, null, null, null, null, null, null).toFilter(agent))
                .hasMessageStartingWith("market:");
    }

    @Test
    void aLinkKeepsTheFiltersAndReadsBack() {
        var query = new InboxQuery("OPEN", "DE", null, null, "me", null, null, "Größe & Farbe", 3);
        assertThat(InboxQuery.fromUrl(query.link())).isEqualTo(query);
        assertThat(InboxLinks.safe(query.link())).isEqualTo(query.link());
        assertThat(InboxLinks.safe("https://evil.example/desk")).isEqualTo("/desk");
        assertThat(InboxLinks.safe("//evil.example")).isEqualTo("/desk");
    }

    @Test
    void dueTimesReadAsCountdowns() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Due soon = Due.of(now.plus(Duration.ofMinutes(35)), now);
        assertThat(soon.overdue()).isFalse();
        assertThat(soon.soon()).isTrue();
        assertThat(soon.key()).isEqualTo("desk.due.in.minutes");
        assertThat(soon.minutes()).isEqualTo(35);

        Due late = Due.of(now.minus(Duration.ofHours(26).plusMinutes(5)), now);
        assertThat(late.overdue()).isTrue();
        assertThat(late.key()).isEqualTo("desk.due.overdue.days");
        assertThat(late.days()).isEqualTo(1);
        assertThat(late.hours()).isEqualTo(2);

        Due later = Due.of(now.plus(Duration.ofHours(3).plusMinutes(10)), now);
        assertThat(later.soon()).isFalse();
        assertThat(later.key()).isEqualTo("desk.due.in.hours");
        assertThat(Due.of(null, now)).isNull();
    }

    @Test
    void aNoticeTravelsAsItsPayloadAndAStrangePayloadIsIgnored() {
        var notice = new TicketNotice(UUID.randomUUID(), UUID.randomUUID(), "DE", "reply");
        assertThat(TicketNotice.parse(notice.payload())).contains(notice);
        assertThat(TicketNotice.parse("hello")).isEmpty();
        assertThat(TicketNotice.parse(UUID.randomUUID() + ":nope:DE:x")).isEmpty();
    }
}
