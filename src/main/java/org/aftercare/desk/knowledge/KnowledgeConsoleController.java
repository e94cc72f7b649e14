package org.aftercare.desk.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.aftercare.desk.ArticleDraft;
import org.aftercare.desk.Intent;
import org.aftercare.desk.KnowledgeArticle;
import org.aftercare.desk.KnowledgeBase;
import org.aftercare.desk.MessageUnderstanding;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's knowledge-base page: the articles in the viewer's language (or another), one of
 * them open to read, and for managers a form to change it or to add a new one.
 */
@Controller
class KnowledgeConsoleController {

    private static final String PAGE = "desk/knowledge";

    private final KnowledgeBase knowledge;

    KnowledgeConsoleController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/desk/knowledge")
    String page(Actor actor, Locale locale, @RequestParam(required = false) String language,
                @RequestParam(required = false) UUID id, @RequestParam(defaultValue = "false") boolean create,
                Model model) {
        String shown = language == null ? locale.getLanguage() : language;
        List<KnowledgeArticle> articles = knowledge.list(actor.tenant(), "all".equals(shown) ? null : shown);
        KnowledgeArticle open = id != null ? knowledge.get(actor.tenant(), id)
                : create ? null : articles.stream().findFirst().orElse(null);
        model.addAttribute("articles", articles);
        model.addAttribute("language", shown);
        model.addAttribute("open", open);
        model.addAttribute("creating", create);
        model.addAttribute("draft", create ? new ArticleDraft(null, locale.getLanguage(), "", "")
                : open == null ? null : new ArticleDraft(open.intent(), open.language(), open.title(), open.body()));
        model.addAttribute("canManage", actor.role().canManage());
        model.addAttribute("intents", Intent.values());
        model.addAttribute("languages", MessageUnderstanding.LANGUAGES);
        return PAGE;
    }

    @PostMapping("/desk/knowledge")
    String create(Actor actor, @RequestParam(required = false) Intent intent, @RequestParam String language,
                  @RequestParam String title, @RequestParam String body, Model model, RedirectAttributes redirect) {
        actor.requireManage();
        ArticleDraft draft = new ArticleDraft(intent, language, title, body);
        try {
            KnowledgeArticle saved = knowledge.create(actor.tenant(), draft, actor.name());
            return saved(saved, redirect);
        }
        catch (IllegalArgumentException e) {
            return rejected(actor, null, draft, e, model);
        }
    }

    @PostMapping("/desk/knowledge/{id}")
    String update(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Intent intent,
                  @RequestParam String language, @RequestParam String title, @RequestParam String body, Model model,
                  RedirectAttributes redirect) {
        actor.requireManage();
        ArticleDraft draft = new ArticleDraft(intent, language, title, body);
        try {
            return saved(knowledge.update(actor.tenant(), id, draft, actor.name()), redirect);
        }
        catch (IllegalArgumentException e) {
            return rejected(actor, knowledge.get(actor.tenant(), id), draft, e, model);
        }
    }

    private static String saved(KnowledgeArticle article, RedirectAttributes redirect) {
        redirect.addAttribute("id", article.id());
        redirect.addAttribute("language", article.language());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/desk/knowledge";
    }

    /** Shows the form again with what the manager typed and which field to fix. */
    private String rejected(Actor actor, KnowledgeArticle open, ArticleDraft draft, IllegalArgumentException e, Model model) {
        String language = draft.language();
        model.addAttribute("articles", knowledge.list(actor.tenant(), language));
        model.addAttribute("language", language);
        model.addAttribute("open", open);
        model.addAttribute("creating", open == null);
        model.addAttribute("draft", draft);
        model.addAttribute("error", e.getMessage().split(":", 2)[0]);
        model.addAttribute("canManage", true);
        model.addAttribute("intents", Intent.values());
        model.addAttribute("languages", MessageUnderstanding.LANGUAGES);
        return PAGE;
    }
}
