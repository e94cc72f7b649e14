package org.aftercare.desk.scripts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.aftercare.TestTenant;
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
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class ScriptApiTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired Shops shops;

    TestTenant manager;

    @BeforeEach
    void aGermanShopWithAManagerToken() {
        manager = TestTenant.create(tenants, shops, "DE", Role.MANAGER);
    }

    @Test
    void suggestsTheDelayScriptForWhereIsMyOrderInTheBuyersLanguage() throws Exception {
        mvc.perform(get("/api/v1/desk/scripts").param("intent", "WHERE_IS_MY_ORDER").param("language", "it")
                        .header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("DELAY_INQUIRY"))
                .andExpect(jsonPath("$[0].language").value("it"))
                .andExpect(jsonPath("$[0].source").value("BUILT_IN"))
                .andExpect(jsonPath("$[0].title").value(containsString("Delivery delay")))
                .andExpect(jsonPath("$[0].template").value(containsString("{hasCarrier, select")));
    }

    @Test
    void rendersAScriptForOneOrderWithMoneyAndDatesOfTheBuyersLocale() throws Exception {
        render("DELAY_INQUIRY", "fr", """
                {"buyerName": "Camille", "orderNumber": "576461234567891234", "status": "Exception",
                 "carrier": "Colissimo", "etaFrom": "2026-12-10T09:00:00Z", "etaTo": "2026-12-14T18:00:00Z",
                 "nextUpdateDays": 2, "couponAmount": 5, "couponCurrency": "USD", "zone": "Europe/Paris"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.missing", hasSize(0)))
                .andExpect(jsonPath("$.text").value(containsString("Bonjour Camille,")))
                .andExpect(jsonPath("$.text").value(containsString("bloqué – le transporteur signale un incident")))
                .andExpect(jsonPath("$.text").value(containsString("d’ici 2 jours")))
                .andExpect(jsonPath("$.text").value(containsString("5,00\u00a0$US")))
                .andExpect(jsonPath("$.text").value(containsString("décembre")));
    }

    @Test
    void fallsBackToTheShopsLanguageThenEnglish() throws Exception {
        render("QUALITY_PROBLEM", "pl", "{\"shop\": \"" + manager.shop().id() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("de"))
                .andExpect(jsonPath("$.text").value(containsString("Hallo,")));
        render("QUALITY_PROBLEM", "pl", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"));
    }

    @Test
    void refusesAScriptWithAnUnknownVariableNamingItAndItsPosition() throws Exception {
        create("""
                {"id": "CUSTOMS_HOLD", "title": "Customs hold", "intents": ["WHERE_IS_MY_ORDER"],
                 "texts": {"en": "Hi {buyerName},\\nyour order is at customs.", "de": "Hallo,\\nIhre Bestellung {orderNo} liegt beim Zoll."}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(
                        "texts.de: unknown variable 'orderNo' at line 2, column 18")));
        create("""
                {"id": "CUSTOMS_HOLD", "title": "Customs hold", "intents": ["WHERE_IS_MY_ORDER"],
                 "texts": {"en": "Back within {nextUpdateDays, plural, one {# day}."}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("texts.en: broken ICU syntax at line 1, column")));
        create("""
                {"id": "CUSTOMS_HOLD", "title": "Customs hold", "intents": ["WHERE_IS_MY_ORDER"], "texts": {"pt": "Olá"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("texts.pt: not a buyer language")));
        create("""
                {"id": "customs", "title": "Customs hold", "intents": ["WHERE_IS_MY_ORDER"], "texts": {"en": "Hi"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("id:")));
    }

    @Test
    void aTenantVersionOverridesTheBuiltInScriptInItsLanguagesOnly() throws Exception {
        create("""
                {"id": "DELAY_INQUIRY", "title": "Verspätung (unser Ton)", "intents": ["WHERE_IS_MY_ORDER"],
                 "texts": {"de": "Moin {hasBuyerName, select, yes {{buyerName}} other {}}! Ihr Paket ist mit {carrier} unterwegs."}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));

        render("DELAY_INQUIRY", "de", "{\"buyerName\": \"Jens\"}")
                .andExpect(jsonPath("$.source").value("TENANT"))
                .andExpect(jsonPath("$.text").value("Moin Jens! Ihr Paket ist mit [carrier] unterwegs."))
                .andExpect(jsonPath("$.missing[0]").value("carrier"));
        render("DELAY_INQUIRY", "fr", "{}")
                .andExpect(jsonPath("$.source").value("BUILT_IN"))
                .andExpect(jsonPath("$.text").value(containsString("Bonjour,")));

        mvc.perform(put("/api/v1/desk/scripts/DELAY_INQUIRY").header(HttpHeaders.AUTHORIZATION, manager.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Verspätung (unser Ton)", "intents": ["WHERE_IS_MY_ORDER"],
                                 "texts": {"de": "Moin! Ihr Paket ist {hasCarrier, select, yes {mit {carrier} } other {}}unterwegs."}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        render("DELAY_INQUIRY", "de", "{}")
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.text").value("Moin! Ihr Paket ist unterwegs."));
        mvc.perform(get("/api/v1/desk/scripts/DELAY_INQUIRY/versions").header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].savedBy").value("token:test"));
    }

    @Test
    void ownScriptsStayInTheirTenantAndOnlyManagersWriteThem() throws Exception {
        create("""
                {"id": "VOLTAGE_QUESTION", "title": "220 V?", "intents": ["PRODUCT_QUESTION"],
                 "texts": {"en": "The lamp works on 220–240 V."}}""")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/desk/scripts").param("intent", "PRODUCT_QUESTION")
                        .header(HttpHeaders.AUTHORIZATION, manager.bearer()))
                .andExpect(jsonPath("$[*].id").value(hasItem("VOLTAGE_QUESTION")));

        TestTenant other = TestTenant.create(tenants, shops, "FR", Role.MANAGER);
        mvc.perform(get("/api/v1/desk/scripts").param("intent", "PRODUCT_QUESTION")
                        .header(HttpHeaders.AUTHORIZATION, other.bearer()))
                .andExpect(jsonPath("$[*].id").value(not(hasItem("VOLTAGE_QUESTION"))));
        mvc.perform(post("/api/v1/desk/scripts/VOLTAGE_QUESTION/render").header(HttpHeaders.AUTHORIZATION, other.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());

        TestTenant viewer = TestTenant.create(tenants, shops, "DE", Role.VIEWER);
        mvc.perform(post("/api/v1/desk/scripts").header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"MINE\", \"title\": \"x\", \"intents\": [\"OTHER\"], \"texts\": {\"en\": \"Hi\"}}"))
                .andExpect(status().isForbidden());
    }

    private ResultActions render(String id, String language, String body) throws Exception {
        return mvc.perform(post("/api/v1/desk/scripts/" + id + "/render").param("language", language)
                .header(HttpHeaders.AUTHORIZATION, manager.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/desk/scripts").header(HttpHeaders.AUTHORIZATION, manager.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
