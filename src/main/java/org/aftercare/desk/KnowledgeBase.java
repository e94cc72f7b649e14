package org.aftercare.desk;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.knowledge.Articles;
import org.aftercare.desk.knowledge.ShippedArticles;
import org.aftercare.desk.scripts.ScriptLocale;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SOP articles per issue category (R3). Each tenant starts with Aftercare's articles in English
 * and Chinese, copied in on first use, and edits them like its own.
 */
@Service
public class KnowledgeBase {

    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 20_000;

    private final Articles articles;
    private final Clock clock;

    KnowledgeBase(Articles articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** The articles for an intent in the agent's console language, or in English when there are none in it. */
    public List<KnowledgeArticle> forIntent(TenantId tenant, Intent intent, String consoleLanguage) {
        articles.seed(tenant, ShippedArticles.all());
        String language = ScriptLocale.language(consoleLanguage);
        List<KnowledgeArticle> found = articles.of(tenant, intent, language);
        return found.isEmpty() && !"en".equals(language) ? articles.of(tenant, intent, "en") : found;
    }

    /** All articles of a tenant, in one language or in all when {@code language} is null. */
    public List<KnowledgeArticle> list(TenantId tenant, String language) {
        articles.seed(tenant, ShippedArticles.all());
        return articles.of(tenant, null, ScriptLocale.language(language));
    }

    public KnowledgeArticle get(TenantId tenant, UUID id) {
        articles.seed(tenant, ShippedArticles.all());
        return articles.find(tenant, id).orElseThrow(() -> new NotFound("Article", id));
    }

    @Transactional
    public KnowledgeArticle create(TenantId tenant, ArticleDraft draft, String by) {
        check(draft);
        return articles.insert(tenant, draft.intent(), ScriptLocale.language(draft.language()), draft.title().strip(),
                draft.body().strip(), by, clock.instant());
    }

    @Transactional
    public KnowledgeArticle update(TenantId tenant, UUID id, ArticleDraft draft, String by) {
        check(draft);
        return articles.update(tenant, id, draft.intent(), ScriptLocale.language(draft.language()), draft.title().strip(),
                draft.body().strip(), by, clock.instant()).orElseThrow(() -> new NotFound("Article", id));
    }

    private static void check(ArticleDraft draft) {
        if (draft == null) {
            throw new IllegalArgumentException("body: missing");
        }
        if (draft.intent() == null) {
            throw new IllegalArgumentException("intent: required");
        }
        String language = ScriptLocale.language(draft.language());
        if (language == null || !MessageUnderstanding.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language: one of " + String.join(", ", MessageUnderstanding.LANGUAGES));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("title: must not be empty");
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title: at most " + MAX_TITLE + " characters");
        }
        if (draft.body() == null || draft.body().isBlank()) {
            throw new IllegalArgumentException("body: must not be empty");
        }
        if (draft.body().length() > MAX_BODY) {
            throw new IllegalArgumentException("body: at most " + MAX_BODY + " characters");
        }
    }
}
