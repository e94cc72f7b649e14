package org.aftercare.integrations.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.UUID;

import org.aftercare.TestClock;
import org.aftercare.TestTenant;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) on free loopback ports, shared by the mail tests: it
 * holds the shops' mailboxes and the buyers', and is the application's own SMTP server
 * ({@code spring.mail.*}) for managers' notices. Each test gets a fresh tenant with a German
 * shop whose mailbox lives on it; addresses are unique, so tests never read each other's mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
abstract class WithMailServer {

    static final String HOST = "127.0.0.1";
    static final int SMTP_PORT = freePort();
    static final int IMAP_PORT = freePort();
    static final GreenMail MAIL = new GreenMail(new ServerSetup[] {
            new ServerSetup(SMTP_PORT, HOST, ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(IMAP_PORT, HOST, ServerSetup.PROTOCOL_IMAP)});

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void applicationSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> HOST);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("aftercare.integrations.mail.timeout", () -> "5s");
    }

    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired Mailboxes mailboxes;
    @Autowired MailboxPoller poller;

    TestTenant seller;
    Actor owner;
    /** The shop's address, its IMAP/SMTP login, and the variable holding the password. */
    String shopAddress;
    String passwordVariable;
    Mailbox mailbox;

    @BeforeEach
    void aGermanShopWithAMailbox() {
        seller = TestTenant.create(tenants, shops, "DE", Role.OWNER);
        owner = new Actor(seller.ownerEmail(), seller.owner(), seller.id(), Role.OWNER, Set.of());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        shopAddress = "service-" + suffix + "@shop.example";
        passwordVariable = "AFTERCARE_SECRET_MAIL_" + suffix.toUpperCase();
        String password = "pw-" + suffix;
        MAIL.setUser(shopAddress, shopAddress, password);
        System.setProperty(passwordVariable, password);
        mailbox = mailboxes.create(seller.id(), new MailboxForm(seller.shop().id().value(), shopAddress, "Shop DE Kundenservice",
                HOST, IMAP_PORT, "NONE", shopAddress, HOST, SMTP_PORT, "NONE", null, passwordVariable, true));
    }

    MailboxPoller.Poll poll() {
        return poller.poll(mailboxes.get(seller.id(), mailbox.id()));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
