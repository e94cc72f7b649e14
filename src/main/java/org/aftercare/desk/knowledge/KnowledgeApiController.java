package org.aftercare.desk.knowledge;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.aftercare.desk.ArticleDraft;
import org.aftercare.desk.Intent;
import org.aftercare.desk.KnowledgeArticle;
import org.aftercare.desk.KnowledgeBase;
import org.aftercare.tenancy.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The knowledge base over the API: SOP articles per issue category, editable by managers. */
@RestController
@RequestMapping(path = "/api/v1/desk/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Desk knowledge base", description = "SOP articles per issue category (R3)")
class KnowledgeApiController {

    private final KnowledgeBase knowledge;

    KnowledgeApiController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping
    @Operation(summary = "List articles",
            description = "With intent=, the articles for that intent in language= (falling back to English); "
                    + "without it, all articles, in one language if language= is given.")
    List<KnowledgeArticle> list(Actor actor, @RequestParam(required = false) Intent intent,
                                @RequestParam(required = false) String language) {
        return intent == null ? knowledge.list(actor.tenant(), language)
                : knowledge.forIntent(actor.tenant(), intent, language == null ? "en" : language);
    }

    @GetMapping("/{id}")
    KnowledgeArticle get(Actor actor, @PathVariable UUID id) {
        return knowledge.get(actor.tenant(), id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an article (managers)")
    ResponseEntity<KnowledgeArticle> create(Actor actor, @RequestBody ArticleDraft draft) {
        actor.requireManage();
        KnowledgeArticle article = knowledge.create(actor.tenant(), draft, actor.name());
        return ResponseEntity.created(URI.create("/api/v1/desk/knowledge/" + article.id())).body(article);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an article (managers)")
    KnowledgeArticle update(Actor actor, @PathVariable UUID id, @RequestBody ArticleDraft draft) {
        actor.requireManage();
        return knowledge.update(actor.tenant(), id, draft, actor.name());
    }
}
