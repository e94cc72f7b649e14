package org.aftercare.desk.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestTenant;
import org.aftercare.desk.Intent;
import org.aftercare.desk.KnowledgeBase;
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
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;
    @Autowired KnowledgeBase knowledge;

    TestTenant manager;

    @BeforeEach
    void aSellerWithAManagerToken() {
        manager = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
    }

    @Test
    void everyTenantStartsWithAnSopPerIssueCategoryInEnglishAndChinese() throws Exception {
        mvc.perform(get("/api/v1/desk/knowledge").param("language", "zh").header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(ShippedArticles.CATEGORIES.size())))
                .andExpect(jsonPath("$[*].language", everyItem(is("zh"))))
                .andExpect(jsonPath("$[*].shipped", everyItem(is(true))));
        mvc.perform(get("/api/v1/desk/knowledge").param("intent", "SIZE_MISMATCH").param("language", "en")
                        .header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].title").value("Size does not fit"))
                .andExpect(jsonPath("$[0].body").value(containsString("Escalate when")));
    }

    @Test
    void anAgentReadsTheArticlesOfAnIntentInTheConsoleLanguageOrEnglish() {
        assertThat(knowledge.forIntent(manager.id(), Intent.MISSING_PARTS, "zh-CN"))
                .singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("少件漏发"));
        assertThat(knowledge.forIntent(manager.id(), Intent.MISSING_PARTS, "de"))
                .singleElement().satisfies(a -> assertThat(a.language()).isEqualTo("en"));
    }

    @Test
    void aManagerAddsAndChangesArticles() throws Exception {
        String created = mvc.perform(post("/api/v1/desk/knowledge").header(HttpHeaders.AUTHORIZATION, manager.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"intent": "SIZE_MISMATCH", "language": "de", "title": "Größe passt nicht",
                                 "body": "1. Größentabelle prüfen.\\n2. Umtausch anbieten."}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shipped").value(false))
                .andExpect(jsonPath("$.updatedBy").value("token:test"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(put("/api/v1/desk/knowledge/" + id).header(HttpHeaders.AUTHORIZATION, manager.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"intent": "SIZE_MISMATCH", "language": "de", "title": "Größe passt nicht (DE-Team)",
                                 "body": "1. Größentabelle prüfen."}"""))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/desk/knowledge/" + id).header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(jsonPath("$.title").value("Größe passt nicht (DE-Team)"));
        assertThat(knowledge.forIntent(manager.id(), Intent.SIZE_MISMATCH, "de"))
                .singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Größe passt nicht (DE-Team)"));

        mvc.perform(post("/api/v1/desk/knowledge").header(HttpHeaders.AUTHORIZATION, manager.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intent\": \"SIZE_MISMATCH\", \"language\": \"pt\", \"title\": \"x\", \"body\": \"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("language")));
        mvc.perform(post("/api/v1/desk/knowledge").header(HttpHeaders.AUTHORIZATION, manager.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intent\": \"SIZE_MISMATCH\", \"language\": \"en\", \"title\": \"x\", \"body\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("body")));
    }

    @Test
    void articlesStayInTheirTenantAndViewersOnlyRead() throws Exception {
        String list = mvc.perform(get("/api/v1/desk/knowledge").header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(jsonPath("$.length()", greaterThanOrEqualTo(18)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(list, "$[0].id");

        TestTenant other = TestTenant.create(tenants, shops, "FR", Role.VIEWER);
        mvc.perform(get("/api/v1/desk/knowledge/" + id).header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/desk/knowledge/" + id).header(HttpHeaders.AUTHORIZATION, other.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intent\": \"OTHER\", \"language\": \"en\", \"title\": \"x\", \"body\": \"y\"}"))
                .andExpect(status().isForbidden());
    }
}
