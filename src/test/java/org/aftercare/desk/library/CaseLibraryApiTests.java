package org.aftercare.desk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.aftercare.TestTenant;
import org.aftercare.desk.CaseLibrary;
import org.aftercare.desk.CaseMessage;
import org.aftercare.desk.CaseMessage.Author;
import org.aftercare.desk.Intent;
import org.aftercare.desk.KnownPersonalData;
import org.aftercare.desk.LibraryCase;
import org.aftercare.desk.LibraryEntry;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CaseLibraryApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired CaseLibrary library;
    @Autowired JdbcClient jdbc;

    TestTenant seller;

    @BeforeEach
    void aSellerWithAnAgentToken() {
        seller = TestTenant.create(tenants, shops, "DE", Role.AGENT);
    }

    @Test
    void keepsOnlyTheAnonymizedCopyOfAConversation() throws Exception {
        UUID ticket = UUID.randomUUID();
        LibraryEntry entry = library.add(seller.id(), new LibraryCase(ticket, Intent.COMPLAINT_OR_THREAT, "de",
                List.of(new CaseMessage(Author.BUYER, "Ich bin Sabine Krause, Bestellung 577009876543210987 ist kaputt "
                                + "angekommen! Ich melde das bei TikTok. Tel. 0172 9876543"),
                        new CaseMessage(Author.AGENT, "Hallo Frau Krause, es tut uns sehr leid. Wir schicken Ihnen "
                                + "sofort Ersatz an die Gartenweg 4, 50667 Köln."),
                        new CaseMessage(Author.BUYER, "Danke, Sabine")),
                new KnownPersonalData(List.of("Sabine Krause"), List.of("Gartenweg 4", "50667 Köln"), List.of("+49 172 9876543"),
                        List.of("s.krause@gmx.de"), List.of("577009876543210987"), List.of()),
                List.of("De-escalation", "replacement"), "lead@shop.test"));

        assertThat(entry.transcript()).extracting(CaseMessage::text).containsExactly(
                "Ich bin [NAME], Bestellung [ORDER] ist kaputt angekommen! Ich melde das bei TikTok. Tel. [PHONE]",
                "Hallo Frau [NAME], es tut uns sehr leid. Wir schicken Ihnen sofort Ersatz an die [ADDRESS], [ADDRESS].",
                "Danke, [NAME]");
        assertThat(entry.tags()).containsExactly("de-escalation", "replacement");
        String stored = jdbc.sql("select transcript::text from case_library_entry where id = :id")
                .param("id", entry.id()).query(String.class).single();
        assertThat(stored).doesNotContain("Sabine", "Krause", "577009876543210987", "0172", "Gartenweg", "Köln");

        mvc.perform(get("/api/v1/desk/case-library").param("tag", "replacement")
                        .header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].sourceTicket").value(ticket.toString()))
                .andExpect(jsonPath("$[0].transcript[0].author").value("BUYER"));
        mvc.perform(get("/api/v1/desk/case-library/" + entry.id()).header(HttpHeaders.AUTHORIZATION, seller.bearer()))
                .andExpect(jsonPath("$.intent").value("COMPLAINT_OR_THREAT"))
                .andExpect(jsonPath("$.transcript[1].text").value(containsString("Frau [NAME]")));

        TestTenant other = TestTenant.create(tenants, shops, "FR", Role.MANAGER);
        mvc.perform(get("/api/v1/desk/case-library/" + entry.id()).header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void addsOverTheApiAndNamesWhatIsMissing() throws Exception {
        mvc.perform(post("/api/v1/desk/case-library").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"intent": "SIZE_MISMATCH", "language": "en", "tags": ["exchange"],
                                 "known": {"names": ["Oliver Grant"], "emails": ["oli@grant.example"]},
                                 "messages": [{"author": "BUYER", "text": "Hi, Oliver here (oli@grant.example): the jacket is too small."},
                                              {"author": "AGENT", "text": "Hi Oliver, we'll exchange it for a size L."}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("token:test"))
                .andExpect(jsonPath("$.transcript[0].text").value("Hi, [NAME] here ([EMAIL]): the jacket is too small."))
                .andExpect(jsonPath("$.transcript[1].text").value("Hi [NAME], we'll exchange it for a size L."))
                .andExpect(jsonPath("$.transcript[*].text").value(not(containsString("Oliver"))));

        mvc.perform(post("/api/v1/desk/case-library").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"intent\": \"OTHER\", \"messages\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("messages")));
        mvc.perform(post("/api/v1/desk/case-library").header(HttpHeaders.AUTHORIZATION, seller.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intent\": \"OTHER\", \"messages\": [{\"author\": \"BUYER\", \"text\": \" \"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("messages[0]")));
    }
}
