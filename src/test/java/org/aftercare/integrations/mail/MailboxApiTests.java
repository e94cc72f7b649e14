package org.aftercare.integrations.mail;

import static org.aftercare.integrations.mail.BuyerMails.aBuyerMail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Managers configure the shops' mailboxes and chat outlets through the API; every bad field is named. */
class MailboxApiTests extends WithMailServer {

    @Autowired MockMvc mvc;

    @Test
    void aManagerConfiguresAMailboxSeesItsStatusPollsItAndSeesWhatFailed() throws Exception {
        TestTenant other = TestTenant.create(tenants, shops, "FR", Role.OWNER);
        String address = "kontakt-" + UUID.randomUUID().toString().substring(0, 6) + "@shop.example";
        String variable = "AFTERCARE_SECRET_API_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        MAIL.setUser(address, address, "pw-api");
        var otherShop = shops.create(seller.id(), new org.aftercare.tenancy.Shops.NewShop("Second " + address, null, "DE",
                "EUR", "Europe/Berlin", java.util.List.of("de"), null));

        String created = mvc.perform(json(post("/api/v1/desk/mailboxes"), seller, form(otherShop.id().value(), address, variable, HOST, IMAP_PORT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ERROR"))
                .andExpect(jsonPath("$.error").value("passwordVariable: environment variable " + variable + " is not set on the server"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        System.setProperty(variable, "pw-api");
        mvc.perform(get("/api/v1/desk/mailboxes").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("NOT_POLLED_YET"));
        mvc.perform(get("/api/v1/desk/mailboxes/" + id).header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());

        aBuyerMail().from(null, null).to(address).text("Kein Absender").send();
        aBuyerMail().from("lea@example.de", null).to(address).text("Wo ist mein Paket?").send();
        mvc.perform(post("/api/v1/desk/mailboxes/" + id + "/poll").header("Authorization", seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.failed").value(1));
        mvc.perform(get("/api/v1/desk/mailboxes/" + id).header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$.status").value("OK"))
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.failures").value(1));
        mvc.perform(get("/api/v1/desk/mailboxes/" + id + "/failures").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$[0].reason").value(startsWith("From:")))
                .andExpect(jsonPath("$[0].subject").value("Frage zu meiner Bestellung"));

        mvc.perform(json(put("/api/v1/desk/mailboxes/" + id), seller, form(otherShop.id().value(), address, variable, HOST, 1)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/desk/mailboxes/" + id + "/poll").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$.error").value(startsWith("IMAP 127.0.0.1:1 (NONE):")));
        mvc.perform(delete("/api/v1/desk/mailboxes/" + id).header("Authorization", seller.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/desk/mailboxes/" + id).header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$.status").value("DISABLED"));
        mvc.perform(post("/api/v1/desk/mailboxes/" + id + "/poll").header("Authorization", seller.bearer()))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest(name = "{0} = {1} is refused naming {0}")
    @CsvSource(delimiter = '|', value = {
            "imapHost         | imap example.com",
            "imapHost         | https://imap.example.com",
            "imapPort         | 70000",
            "imapPort         | 0",
            "imapSecurity     | SSL3",
            "smtpHost         | smtp.example.com:587",
            "smtpPort         | -1",
            "address          | not-an-address",
            "passwordVariable | SPRING_DATASOURCE_PASSWORD",
            "passwordVariable | ''",
            "shop             | 00000000-0000-0000-0000-000000000000"})
    void badFieldsAreRefusedByName(String field, String value) throws Exception {
        String body = form(seller.shop().id().value(), "x-" + UUID.randomUUID().toString().substring(0, 6) + "@shop.example",
                "AFTERCARE_SECRET_X", HOST, IMAP_PORT)
                .replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9]+)",
                        "\"" + field + "\":" + (value.matches("-?[0-9]+") ? value : "\"" + value + "\""));
        mvc.perform(post("/api/v1/desk/mailboxes").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith(field + ":")));
    }

    @Test
    void aShopHasOneMailboxAndAgentsMayNotConfigureIt() throws Exception {
        mvc.perform(json(post("/api/v1/desk/mailboxes"), seller, form(seller.shop().id().value(), "again@shop.example",
                        "AFTERCARE_SECRET_X", HOST, IMAP_PORT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("shop: already has a mailbox")));
        String agent = tenants.issueApiToken(seller.id(), "agent", Role.AGENT, seller.owner());
        mvc.perform(get("/api/v1/desk/mailboxes").header("Authorization", "Bearer " + agent))
                .andExpect(status().isForbidden());
    }

    @Test
    void aManagerPointsTheShopsChatRepliesAtAnHttpsEndpoint() throws Exception {
        String shop = seller.shop().id().value().toString();
        mvc.perform(post("/api/v1/desk/chat-outlets").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shop\":\"" + shop + "\",\"url\":\"http://seller.example/hook\",\"secretVariable\":\"AFTERCARE_SECRET_HOOK\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("url:")));
        mvc.perform(post("/api/v1/desk/chat-outlets").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shop\":\"" + shop + "\",\"url\":\"https://seller.example/hook\",\"secretVariable\":\"HOME\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("secretVariable:")));
        mvc.perform(post("/api/v1/desk/chat-outlets").header("Authorization", seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shop\":\"" + shop + "\",\"url\":\"https://seller.example/hook\",\"secretVariable\":\"AFTERCARE_SECRET_HOOK_UNSET\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.error").value(startsWith("secretVariable: environment variable AFTERCARE_SECRET_HOOK_UNSET")));
        mvc.perform(get("/api/v1/desk/chat-outlets").header("Authorization", seller.bearer()))
                .andExpect(jsonPath("$[0].url").value("https://seller.example/hook"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, TestTenant who, String body) {
        return request.header("Authorization", who.bearer()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String form(UUID shop, String address, String variable, String host, int imapPort) {
        return """
                {"shop":"%s","address":"%s","displayName":"Kundenservice",
                 "imapHost":"%s","imapPort":%d,"imapSecurity":"NONE","imapUser":"%s",
                 "smtpHost":"%s","smtpPort":%d,"smtpSecurity":"NONE","passwordVariable":"%s"}"""
                .formatted(shop, address, host, imapPort, address, host, SMTP_PORT, variable);
    }
}
