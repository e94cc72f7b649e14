package org.aftercare.returns.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.aftercare.returns.ReturnPolicy;
import org.aftercare.returns.ReturnsProperties;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The buyer-facing policy in every language: complete, and saying what the policy says. */
class PolicyTextsTests {

    static final ReturnsProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("aftercare.returns", ReturnsProperties.class);

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it", "es", "zh"})
    void everyLanguageHasEveryText(String language) throws IOException {
        assertThat(keys(language).keySet()).isEqualTo(keys(null).keySet());
        assertThat(keys(language).values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void franceIsOfferedAnExchangeFirstAndKeepsItsStatutoryRight() {
        ReturnPolicy policy = policy("FR", "EUR", ReturnPolicies.Overrides.NONE);
        PolicyTexts.PolicyText text = PolicyTexts.render(policy, "fr");

        assertThat(text.title()).isEqualTo("Retours et remboursements");
        assertThat(text.text()).contains("dans les 30 jours suivant la livraison", "droit légal de rétractation de 14 jours",
                "d’abord un échange", "15,00\u00a0€", "entrepôt de retours");
    }

    @Test
    void aUsShopHasNoStatutoryLineNorExchangeFirst() {
        PolicyTexts.PolicyText text = PolicyTexts.render(policy("US", "USD", ReturnPolicies.Overrides.NONE), "en");
        assertThat(text.text()).contains("within 30 days of delivery", "$15.00")
                .doesNotContain("statutory", "exchange");
    }

    @Test
    void theShopsOverridesAreWhatBuyersRead() {
        var overrides = new ReturnPolicies.Overrides(45, org.aftercare.returns.RefundTiming.ON_GRADING, "SELLER", null, null,
                null, List.of("HYG-"), null, null, null, null, null, null);
        PolicyTexts.PolicyText text = PolicyTexts.render(policy("DE", "EUR", overrides), "de");
        assertThat(text.text()).contains("innerhalb von 45 Tagen", "immer kostenlos", "erhalten und geprüft",
                "von der Rückgabe bei Nichtgefallen ausgeschlossen", "gesetzliches Widerrufsrecht");
    }

    @Test
    void anUnsupportedLanguageGetsEnglishAndARegionalTagItsLanguage() {
        assertThat(PolicyTexts.supported("pt-BR")).isEqualTo("en");
        assertThat(PolicyTexts.supported("de-AT")).isEqualTo("de");
        assertThat(PolicyTexts.supported("zh_CN")).isEqualTo("zh");
        assertThat(PolicyTexts.render(policy("GB", "GBP", ReturnPolicies.Overrides.NONE), "zh").text())
                .contains("签收后 30 天内可申请退货", "£15.00");
    }

    static ReturnPolicy policy(String market, String currency, ReturnPolicies.Overrides overrides) {
        Shop shop = new Shop(new ShopId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "Shop", null, market,
                Currency.getInstance(currency), ZoneId.of("UTC"), List.of("en"), null);
        return ReturnPolicies.of(DEFAULTS, shop, market, overrides);
    }

    static Properties keys(String language) throws IOException {
        Properties properties = new Properties();
        String name = "/returns/policy/texts" + (language == null ? "" : "_" + language) + ".properties";
        try (Reader reader = new InputStreamReader(PolicyTextsTests.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
