package org.aftercare.integrations.mail;

import static org.aftercare.integrations.mail.BuyerMails.aBuyerMail;
import static org.aftercare.integrations.mail.BuyerMails.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.TicketDetail;
import org.aftercare.desk.TicketId;
import org.aftercare.desk.TicketStatus;
import org.aftercare.desk.Tickets;
import org.aftercare.orders.NewOrder;
import org.aftercare.orders.Orders;
import org.aftercare.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/** The brief's e-mail intake: buyers write to the shop's mailbox, the poller turns their mail into tickets. */
class MailIntakeTests extends WithMailServer {

    static final byte[] JPEG = jpeg();
    // A Windows executable's first bytes: "MZ" and the DOS stub.
    static final byte[] EXE = exe();

    @Autowired Tickets tickets;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;

    @Test
    void aBuyersMailBecomesATicketAndPollingAgainStoresItOnce() throws Exception {
        String id = aBuyerMail().from("anna@example.de", "Anna Schmidt").to(shopAddress).subject("Wo ist meine Bestellung?")
                .text("Hallo, ich warte seit drei Wochen auf mein Paket. Wo ist meine Bestellung?").send();

        var first = poll();
        assertThat(first.error()).isNull();
        assertThat(first.received()).isEqualTo(1);
        TicketDetail ticket = tickets.get(owner, ticketOf(id));
        assertThat(ticket.ticket().subject()).isEqualTo("Wo ist meine Bestellung?");
        assertThat(ticket.ticket().language()).isEqualTo("de");
        assertThat(ticket.contact().address()).isEqualTo("anna@example.de");
        assertThat(ticket.contact().name()).isEqualTo("Anna Schmidt");
        assertThat(ticket.messages()).singleElement()
                .satisfies(m -> assertThat(m.body()).startsWith("Hallo, ich warte seit drei Wochen"));

        assertThat(poll().fetched()).as("only mail above the last UID seen is fetched").isZero();
        jdbc.sql("update mailbox set last_uid = 0 where id = :id").param("id", mailbox.id()).update();
        var again = poll();
        assertThat(again.fetched()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(tickets.get(owner, ticketOf(id)).messages()).hasSize(1);
        assertThat(mailboxes.get(seller.id(), mailbox.id()).received()).isEqualTo(1);
    }

    @Test
    void anAnswerToOurReplyLandsOnItsTicketEvenWhenTheBuyerHasANewerOne() throws Exception {
        String first = "DE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String second = "DE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        order(first, "emil@example.de");
        order(second, "emil@example.de");
        String aboutFirst = aBuyerMail().from("emil@example.de", "Emil").to(shopAddress).subject("Kaputt angekommen").sentAt(Instant.now().minusSeconds(7200))
                .text("Meine Bestellung " + first + " ist kaputt angekommen.").send();
        poll();
        TicketId ticket = ticketOf(aboutFirst);
        tickets.reply(owner, ticket, "Das tut uns leid. Schicken Sie uns bitte ein Foto.", TicketStatus.PENDING_BUYER);
        MimeMessage ourReply = receivedBy("emil@example.de").getLast();

        String aboutSecond = aBuyerMail().from("emil@example.de", "Emil").to(shopAddress).subject("Noch eine Frage").sentAt(Instant.now().minusSeconds(3600))
                .text("Und wo ist eigentlich meine Bestellung " + second + "?").send();
        poll();
        assertThat(ticketOf(aboutSecond)).as("another order, another ticket").isNotEqualTo(ticket);

        String answer = aBuyerMail().from("emil@example.de", "Emil").to(shopAddress).subject(ourReply.getSubject())
                .sentAt(Instant.now().minusSeconds(1800))
                .header("In-Reply-To", ourReply.getMessageID())
                .header("References", aboutFirst + " " + ourReply.getMessageID())
                .text("Hier ist das Foto.").send();
        poll();
        assertThat(ticketOf(answer)).isEqualTo(ticket);
        assertThat(tickets.get(owner, ticket).ticket().status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void theQuotedEarlierConversationIsCutFromAGermanAnswer() throws Exception {
        String id = aBuyerMail().from("carla@example.de", null).to(shopAddress).subject("Re: Ihre Bestellung")
                .text("""
                        Danke, aber das Paket ist immer noch nicht da.

                        Am Di., 1. Dez. 2026 um 10:00 Uhr schrieb Shop DE Kundenservice <%s>:
                        > Ihr Paket ist unterwegs und kommt morgen.
                        > Viele Grüße
                        """.formatted(shopAddress)).send();
        poll();
        assertThat(tickets.get(owner, ticketOf(id)).messages()).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("Danke, aber das Paket ist immer noch nicht da."));
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() throws Exception {
        String id = aBuyerMail().from("dora@example.de", null).to(shopAddress).subject("Kaputt")
                .html("""
                        <html><head><style>p { color: red }</style></head><body>
                        <p>Hallo,</p><p>mein Paket ist <b>kaputt</b> angekommen.<br>Bitte helfen Sie mir!</p>
                        <script>alert('x')</script>
                        <div class="gmail_quote">Am Montag schrieb Shop:<blockquote>Alte Nachricht</blockquote></div>
                        </body></html>""").send();
        poll();
        assertThat(tickets.get(owner, ticketOf(id)).messages()).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("Hallo,\nmein Paket ist kaputt angekommen.\nBitte helfen Sie mir!"));
    }

    @Test
    void aPhotoIsKeptAndAnExecutableNamedLikeAPhotoIsRefusedAndNoted() throws Exception {
        String id = aBuyerMail().from("fritz@example.de", null).to(shopAddress).subject("Beschädigt")
                .text("Die Jacke ist zerrissen, Fotos anbei.")
                .attach("riss.jpg", "image/jpeg", JPEG)
                .attach("photo.jpg", "image/jpeg", EXE)
                .send();
        poll();
        var ticket = tickets.get(owner, ticketOf(id));
        var inbound = ticket.messages().stream().filter(m -> m.kind().equals("INBOUND")).findFirst().orElseThrow();
        assertThat(inbound.attachments()).extracting(TicketDetail.Attachment::fileName, TicketDetail.Attachment::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("riss.jpg", "image/jpeg"));
        assertThat(ticket.messages()).filteredOn(m -> m.kind().equals("NOTE")).singleElement()
                .satisfies(note -> assertThat(note.body()).contains("photo.jpg").contains("not accepted"));
    }

    @Test
    void outOfOfficeAnswersBouncesAndBulkMailAreSkippedAndCounted() throws Exception {
        aBuyerMail().from("gina@example.de", null).to(shopAddress).subject("Abwesenheitsnotiz")
                .header("Auto-Submitted", "auto-replied").text("Ich bin bis Montag nicht im Büro.").send();
        aBuyerMail().from("MAILER-DAEMON@mx.example.de", null).to(shopAddress).subject("Undelivered Mail Returned to Sender")
                .text("This is the mail system at host mx.example.de. I'm sorry to have to inform you...").send();
        aBuyerMail().from("news@example.de", null).to(shopAddress).subject("Newsletter")
                .header("Precedence", "bulk").text("Unsere Angebote der Woche").send();
        aBuyerMail().from("hans@example.de", null).to(shopAddress).subject("Urlaub")
                .header("X-Autoreply", "yes").text("Bin im Urlaub.").send();
        String person = aBuyerMail().from("ida@example.de", null).to(shopAddress)
                .header("Auto-Submitted", "no").text("Wo ist mein Paket?").send();

        var poll = poll();
        assertThat(poll.skipped()).isEqualTo(4);
        assertThat(poll.received()).isEqualTo(1);
        assertThat(ticketOf(person)).isNotNull();
        assertThat(jdbc.sql("select count(*) from desk_contact where shop_id = :shop")
                .param("shop", seller.shop().id().value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(mailboxes.get(seller.id(), mailbox.id()).skipped()).isEqualTo(4);
    }

    @Test
    void aMailThatCannotBeTakenInIsRecordedAndThePollMovesOn() throws Exception {
        aBuyerMail().from(null, null).to(shopAddress).subject("Ohne Absender").text("Wer bin ich?").send();
        String good = aBuyerMail().from("jana@example.de", null).to(shopAddress).text("Wo ist mein Paket?").send();

        var poll = poll();
        assertThat(poll.failed()).isEqualTo(1);
        assertThat(poll.received()).isEqualTo(1);
        assertThat(ticketOf(good)).isNotNull();
        var failures = new IntakeFailuresView(jdbc).of(mailbox.id());
        assertThat(failures).singleElement().satisfies(reason -> assertThat(reason).startsWith("From:"));
        assertThat(poll().fetched()).as("the bad mail is not read again").isZero();
    }

    @Test
    void aMailWithoutMessageIdIsKnownByItsBytes() throws Exception {
        aBuyerMail().from("kai@example.de", null).to(shopAddress).withoutMessageId().text("Wo ist mein Paket?").send();
        poll();
        String external = jdbc.sql("""
                select x.external_id from ticket_message x join ticket t on t.id = x.ticket_id where t.shop_id = :shop
                """).param("shop", seller.shop().id().value()).query(String.class).single();
        assertThat(external).matches("sha256:[0-9a-f]{64}");
        jdbc.sql("update mailbox set last_uid = 0 where id = :id").param("id", mailbox.id()).update();
        assertThat(poll().duplicates()).isEqualTo(1);
    }

    @Test
    void aMissingPasswordVariableIsAClearErrorOnTheMailbox() throws Exception {
        System.clearProperty(passwordVariable);
        var poll = poll();
        assertThat(poll.error()).isEqualTo("passwordVariable: environment variable " + passwordVariable
                + " is not set on the server; set it and restart, or name another variable");
        assertThat(mailboxes.get(seller.id(), mailbox.id()).lastError()).startsWith("passwordVariable:");
    }

    @Test
    void aWrongPasswordIsAnErrorOnTheMailboxNamingTheServer() {
        System.setProperty(passwordVariable, "wrong");
        var poll = poll();
        assertThat(poll.error()).startsWith("IMAP " + HOST + ":" + IMAP_PORT);
        assertThat(poll.fetched()).isZero();
    }

    /** The reasons recorded for a mailbox, as the API lists them. */
    record IntakeFailuresView(JdbcClient jdbc) {
        List<String> of(UUID mailbox) {
            return jdbc.sql("select reason from mail_intake_failure where mailbox_id = :id").param("id", mailbox)
                    .query(String.class).list();
        }
    }

    TicketId ticketOf(String messageId) {
        return new TicketId(jdbc.sql("""
                select ticket_id from ticket_message where tenant_id = :tenant and channel = 'EMAIL' and external_id = :id
                """).param("tenant", seller.id().value()).param("id", messageId).query(UUID.class).single());
    }

    List<MimeMessage> receivedBy(String address) {
        return List.of(MAIL.getReceivedMessages()).stream().filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
            }
            catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static byte[] jpeg() {
        try {
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] exe() {
        byte[] stub = utf8("This program cannot be run in DOS mode.");
        byte[] exe = new byte[64 + stub.length];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[4] = 3;
        System.arraycopy(stub, 0, exe, 64, stub.length);
        return exe;
    }

    private void order(String number, String email) {
        orders.create(owner, new NewOrder(seller.shop().id(), number, Instant.now().minusSeconds(86400 * 10),
                new NewOrder.NewBuyer(email, "Buyer", email, null, "DE", "de", "Europe/Berlin"),
                List.of(new NewOrder.Line("SKU-1", "Jacke", new Money(new BigDecimal("59.90"), Currency.getInstance("EUR")), 1, false)),
                "API"));
    }
}
