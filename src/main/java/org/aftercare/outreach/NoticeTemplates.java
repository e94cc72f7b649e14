package org.aftercare.outreach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftercare.outreach.notices.SettingsStore;
import org.aftercare.outreach.templates.Library;
import org.aftercare.outreach.templates.NoticeText;
import org.aftercare.outreach.templates.TemplateStore;
import org.aftercare.shared.NotFound;
import org.aftercare.shared.text.BuyerLocale;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notice texts per scenario and language: the built-in library in EN, DE, FR, IT, ES and ZH,
 * overridden per shop by saved versions. A buyer gets the first language of the chain
 * buyer's language → the shop's fallback languages (by default its buyer languages) → English
 * that has a text; the fallback is reported.
 */
@Service
public class NoticeTemplates {

    private static final int MAX_TEXT = 10_000;

    private final TemplateStore store;
    private final Shops shops;
    private final Clock clock;
    private final SettingsStore settings;

    NoticeTemplates(TemplateStore store, Shops shops, Clock clock, SettingsStore settings) {
        this.store = store;
        this.shops = shops;
        this.clock = clock;
        this.settings = settings;
    }

    /** The buyer languages notices are written in. */
    public static List<String> languages() {
        return Library.LANGUAGES;
    }

    /** buyer's language → the shop's buyer languages → English, each once, only languages with a text. */
    public static List<String> chain(String buyerLanguage, Shop shop) {
        return chain(buyerLanguage, shop.buyerLanguages());
    }

    /** buyer's language → the fallback languages → English, each once, only languages with a text. */
    public static List<String> chain(String buyerLanguage, List<String> fallbacks) {
        List<String> chain = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        candidates.add(BuyerLocale.language(buyerLanguage));
        fallbacks.forEach(l -> candidates.add(BuyerLocale.language(l)));
        candidates.add(Library.FALLBACK);
        for (String candidate : candidates) {
            if (candidate != null && Library.LANGUAGES.contains(candidate) && !chain.contains(candidate)) {
                chain.add(candidate);
            }
        }
        return chain;
    }

    /** Fills the shop's text for a scenario in the buyer's language (or the first of the fallback chain). */
    public RenderedNotice render(Shop shop, Scenario scenario, String buyerLanguage, NoticeFacts facts) {
        TemplateVersion own = store.current(shop.tenant(), shop.id(), scenario).orElse(null);
        List<String> chain = chain(buyerLanguage, settings.of(shop.tenant(), shop.id()).fallbacks(shop));
        String language = chain.getFirst();
        NoticeText text = textOf(own, scenario, language);
        String wanted = BuyerLocale.language(buyerLanguage);
        NoticeText.Rendered rendered = text.render(facts);
        boolean fellBack = wanted != null && !wanted.equals(language);
        int version = own != null && own.texts().containsKey(language) ? own.version() : 0;
        return new RenderedNotice(scenario, language, fellBack ? wanted : null, version, rendered.subject(),
                rendered.body(), rendered.missing());
    }

    /** The scenario in every language, for the composer's preview. */
    public List<RenderedNotice> renderAll(Shop shop, Scenario scenario, NoticeFacts facts) {
        TemplateVersion own = store.current(shop.tenant(), shop.id(), scenario).orElse(null);
        return Library.LANGUAGES.stream().map(language -> {
            NoticeText.Rendered r = textOf(own, scenario, language).render(facts);
            int version = own != null && own.texts().containsKey(language) ? own.version() : 0;
            return new RenderedNotice(scenario, language, null, version, r.subject(), r.body(), r.missing());
        }).toList();
    }

    /** The texts in force for a scenario, per language: the shop's own where it has one, else the library's. */
    public Map<String, TemplateText> current(Actor actor, ShopId shopId, Scenario scenario) {
        Shop shop = shop(actor, shopId);
        TemplateVersion own = store.current(shop.tenant(), shop.id(), scenario).orElse(null);
        Map<String, TemplateText> texts = new LinkedHashMap<>();
        for (String language : Library.LANGUAGES) {
            NoticeText text = textOf(own, scenario, language);
            texts.put(language, new TemplateText(text.subject().text(), text.body().text()));
        }
        return texts;
    }

    public List<TemplateVersion> versions(Actor actor, ShopId shopId, Scenario scenario) {
        Shop shop = shop(actor, shopId);
        return store.versions(shop.tenant(), shop.id(), scenario);
    }

    /**
     * Saves the next version of the shop's texts for a scenario. Every language given must parse
     * and render with a sample order; a problem names the field, the variable and the line and column.
     */
    @Transactional
    public TemplateVersion save(Actor actor, ShopId shopId, Scenario scenario, Map<String, TemplateText> texts) {
        actor.requireManage();
        Shop shop = shop(actor, shopId);
        if (scenario == null) {
            throw new IllegalArgumentException("scenario: required");
        }
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("texts: give the text in at least one language");
        }
        Map<String, TemplateText> checked = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (!Library.LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("texts." + language + ": not a notice language ("
                        + String.join(", ", Library.LANGUAGES) + ")");
            }
            if (text == null || text.subject() == null || text.body() == null) {
                throw new IllegalArgumentException("texts." + language + ": give a subject and a body");
            }
            if (text.subject().length() + text.body().length() > MAX_TEXT) {
                throw new IllegalArgumentException("texts." + language + ": at most " + MAX_TEXT + " characters");
            }
            try {
                NoticeText.parse(language, text.subject(), text.body());
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("texts." + e.getMessage(), e);
            }
            checked.put(language, new TemplateText(text.subject().strip(), text.body().strip()));
        });
        return store.save(shop.tenant(), shop.id(), scenario, checked, actor.name(), clock.instant());
    }

    private static NoticeText textOf(TemplateVersion own, Scenario scenario, String language) {
        if (own != null && own.texts().containsKey(language)) {
            TemplateText t = own.texts().get(language);
            return NoticeText.parse(language, t.subject(), t.body());
        }
        return Library.text(scenario, language);
    }

    private Shop shop(Actor actor, ShopId shopId) {
        if (shopId == null) {
            throw new IllegalArgumentException("shop: required");
        }
        return shops.find(actor.tenant(), shopId).filter(s -> actor.serves(s.market()))
                .orElseThrow(() -> new NotFound("Shop", shopId.value()));
    }
}
