package org.aftercare.integrations.mail;

import static org.aftercare.integrations.mail.BuyerMails.aBuyerMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Tickets;
import org.aftercare.desk.tickets.ReplyOutbox;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The brief's e-mail replies: from the shop's mailbox, in the buyer's thread, exactly once through an outage. */
class EmailReplyTests extends WithMailServer {

    @Autowired Tickets tickets;
    @Autowired ReplyOutbox outbox;
    @Autowired org.aftercare.desk.sla.SlaSettings slaSettings;
    @Autowired org.aftercare.desk.tickets.TicketClocks ticketClocks;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void anAgentsReplyReachesTheBuyerFromTheShopInTheirThread() throws Exception {
        String buyer = "anna-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de";
        String asked = aBuyerMail().from(buyer, "Anna Schmidt").to(shopAddress).subject("Wo ist meine Bestellung?")
                .text("Hallo, wo ist mein Paket?").send();
        poll();
        TicketId ticket = ticketOf(asked);
        long number = tickets.get(owner, ticket).ticket().number();

        UUID reply = tickets.reply(owner, ticket, "Guten Tag Frau Schmidt, Ihr Paket ist beim Zoll in Köln. Grüße", null);

        MimeMessage mail = receivedBy(buyer).stream().findFirst().orElseThrow();
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(shopAddress);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Shop DE Kundenservice");
        assertThat(((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal()).isEqualTo("Anna Schmidt");
        assertThat(mail.getSubject()).isEqualTo("Re: Wo ist meine Bestellung? [#" + number + "]");
        assertThat(mail.getMessageID()).isEqualTo(externalId(reply)).matches("<[0-9a-f-]{36}@aftercare>");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo(asked);
        assertThat(mail.getHeader("References", null)).isEqualTo(asked);
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).strip()).isEqualTo("Guten Tag Frau Schmidt, Ihr Paket ist beim Zoll in Köln. Grüße");
        assertThat(delivery(reply)).isEqualTo("SENT");
    }

    @Test
    void aReplyDuringAnSmtpOutageWaitsAndIsDeliveredExactlyOnceAfterwards() throws Exception {
        String buyer = "ben-" + UUID.randomUUID().toString().substring(0, 6) + "@example.de";
        String asked = aBuyerMail().from(buyer, null).to(shopAddress).text("Wo ist mein Paket?").send();
        poll();
        TicketId ticket = ticketOf(asked);

        MAIL.stop();
        UUID reply;
        try {
            reply = tickets.reply(owner, ticket, "Ihr Paket ist unterwegs.", TicketStatus.PENDING_BUYER);
            assertThat(delivery(reply)).isEqualTo("QUEUED");
            assertThat(jdbc.sql("select delivery_error from ticket_message where id = :id").param("id", reply)
                    .query(String.class).single()).contains("Connection refused");
            outbox.sweep();
            assertThat(jdbc.sql("select attempts from ticket_message where id = :id").param("id", reply)
                    .query(Integer.class).single()).as("not tried again before its backoff").isEqualTo(1);
        }
        finally {
            MAIL.start();
            MAIL.setUser(shopAddress, shopAddress, System.getProperty(passwordVariable));
        }

        clock.advance(Duration.ofMinutes(2));
        outbox.sweep();
        clock.advance(Duration.ofHours(5));
        outbox.sweep();

        assertThat(delivery(reply)).isEqualTo("SENT");
        assertThat(receivedBy(buyer)).hasSize(1);
        assertThat(receivedBy(buyer).getFirst().getMessageID()).isEqualTo(externalId(reply));
    }

    @Test
    void managersAreToldOfAnEscalationByMailAndAgentsAreNot() throws Exception {
        UserId manager = member("manager", Role.MANAGER, Set.of());
        UserId frenchManager = member("fr-manager", Role.MANAGER, Set.of("FR"));
        UserId agent = member("agent", Role.AGENT, Set.of());
        String angry = aBuyerMail().from("fritz@example.de", null).to(shopAddress).subject("Betrug")
                .text("Das ist Betrug! Ich werde euch bei TikTok melden, eine schlechte Bewertung schreiben und meinen Anwalt einschalten!")
                .send();
        poll();
        var ticket = tickets.get(owner, ticketOf(angry)).ticket();
        assertThat(ticket.escalatedAt()).isNotNull();

        // the shared test clock may run ahead of the mail's date, so an SLA breach notice may come too
        await().atMost(Duration.ofSeconds(20)).until(() -> escalationsTo(email(manager)).size() == 1
                && escalationsTo(seller.ownerEmail()).size() == 1);
        MimeMessage notice = escalationsTo(email(manager)).getFirst();
        assertThat(notice.getSubject()).isEqualTo("[Aftercare] Ticket #" + ticket.number() + " escalated (risk " + ticket.risk() + ")");
        assertThat(ticket.riskReasons()).contains(org.aftercare.desk.RiskReason.THREAT_OF_LEGAL_ACTION);
        assertThat(GreenMailUtil.getBody(notice)).contains("Risk: " + ticket.risk() + " of 100")
                .contains("threat of legal action")
                .contains("http://localhost:8080/desk/tickets/" + ticket.id().value());
        assertThat(receivedBy(email(agent))).isEmpty();
        assertThat(receivedBy(email(frenchManager))).as("serves only France").isEmpty();
    }

    @Test
    void managersAreToldWhenAnSlaClockRunsOut() throws Exception {
        UserId manager = member("sla-manager", Role.MANAGER, Set.of());
        slaSettings.save(owner, new org.aftercare.desk.sla.SlaPolicy(null, "One hour", seller.shop().id(), null, null, null,
                Duration.ofHours(1), null, null, null, true, Set.of(TicketStatus.PENDING_BUYER), true));
        String asked = aBuyerMail().from("greta@example.de", null).to(shopAddress).text("Wo ist mein Paket?").send();
        poll();
        var ticket = tickets.get(owner, ticketOf(asked)).ticket();

        clock.advance(Duration.ofMinutes(61));
        ticketClocks.sweep();

        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(email(manager)).size() == 1);
        assertThat(receivedBy(email(manager)).getFirst().getSubject())
                .isEqualTo("[Aftercare] Ticket #" + ticket.number() + ": first response SLA breached");
    }

    @Test
    void aChineseSpeakingManagerIsToldInChinese() throws Exception {
        String email = "zh-manager-" + UUID.randomUUID().toString().substring(0, 8) + "@test.aftercare";
        UserId manager = tenants.createUser(email, "经理", "pw-123456789", "zh-CN");
        tenants.grant(manager, seller.id(), Role.MANAGER, Set.of());
        String angry = aBuyerMail().from("hans@example.de", null).to(shopAddress).subject("Betrug")
                .text("Das ist Betrug! Ich gehe zum Anwalt und melde euch bei TikTok!").send();
        poll();
        var ticket = tickets.get(owner, ticketOf(angry)).ticket();

        String subject = "[Aftercare] 工单 #" + ticket.number() + " 已升级（风险 " + ticket.risk() + "）";
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(email).stream().anyMatch(m -> subject(m).equals(subject)));
        MimeMessage notice = receivedBy(email).stream().filter(m -> subject(m).equals(subject)).findFirst().orElseThrow();
        assertThat((String) notice.getContent()).contains("威胁采取法律行动").contains("风险：");
    }

    private final java.util.Map<UserId, String> emails = new java.util.HashMap<>();

    private UserId member(String who, Role role, Set<String> markets) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.aftercare";
        UserId user = tenants.createUser(email, who, "pw-123456789", "en");
        tenants.grant(user, seller.id(), role, markets);
        emails.put(user, email);
        return user;
    }

    private String email(UserId user) {
        return emails.get(user);
    }

    private String externalId(UUID message) {
        return jdbc.sql("select external_id from ticket_message where id = :id").param("id", message).query(String.class).single();
    }

    private String delivery(UUID message) {
        return jdbc.sql("select delivery from ticket_message where id = :id").param("id", message).query(String.class).single();
    }

    TicketId ticketOf(String messageId) {
        return new TicketId(jdbc.sql("""
                select ticket_id from ticket_message where tenant_id = :tenant and channel = 'EMAIL' and external_id = :id
                """).param("tenant", seller.id().value()).param("id", messageId).query(UUID.class).single());
    }

    static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        }
        catch (Exception e) {
            return "";
        }
    }

    private static List<MimeMessage> escalationsTo(String address) {
        return receivedBy(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("escalated");
            }
            catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    static List<MimeMessage> receivedBy(String address) {
        return List.of(MAIL.getReceivedMessages()).stream().filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
            }
            catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
