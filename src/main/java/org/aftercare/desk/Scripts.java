package org.aftercare.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.aftercare.desk.scripts.BuiltInScripts;
import org.aftercare.desk.scripts.BuiltInScripts.BuiltInScript;
import org.aftercare.desk.scripts.ScriptLocale;
import org.aftercare.desk.scripts.ScriptTemplate;
import org.aftercare.desk.scripts.TenantScripts;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply scripts for the composer: the built-in C5 scenarios and R2 FAQ answers in every buyer
 * language, overridden per language by the tenant's own versions. A script is looked up along the
 * chain requested language → shop's default language → English; in each language the tenant's text
 * wins over the built-in one.
 */
@Service
public class Scripts {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");
    private static final int MAX_TITLE = 200;
    private static final int MAX_TEXT = 10_000;

    private final TenantScripts tenantScripts;
    private final MessageSource messages;
    private final Clock clock;

    Scripts(TenantScripts tenantScripts, MessageSource messages, Clock clock) {
        this.tenantScripts = tenantScripts;
        this.messages = messages;
        this.clock = clock;
    }

    /** Scripts that answer an intent, best first, each in the first language of the chain it has. */
    public List<ScriptSuggestion> suggest(TenantId tenant, Intent intent, String language) {
        return suggest(tenant, intent, language, null);
    }

    public List<ScriptSuggestion> suggest(TenantId tenant, Intent intent, String language, String shopLanguage) {
        if (intent == null) {
            throw new IllegalArgumentException("intent: required");
        }
        return scripts(tenant, intent, language, shopLanguage);
    }

    /** Every script the tenant has at hand, built in and own, for browsing and editing. */
    public List<ScriptSuggestion> all(TenantId tenant, String language, String shopLanguage) {
        return scripts(tenant, null, language, shopLanguage);
    }

    private List<ScriptSuggestion> scripts(TenantId tenant, Intent intent, String language, String shopLanguage) {
        List<String> chain = ScriptLocale.chain(language, shopLanguage);
        Map<String, CustomScript> own = new LinkedHashMap<>();
        tenantScripts.current(tenant).forEach(s -> own.put(s.id(), s));
        List<ScriptSuggestion> suggestions = new ArrayList<>();
        for (BuiltInScript builtIn : BuiltInScripts.all()) {
            CustomScript custom = own.remove(builtIn.id());
            List<Intent> intents = custom != null ? custom.intents() : builtIn.intents();
            if (intent == null || intents.contains(intent)) {
                suggestions.add(suggestion(builtIn.id(), builtIn, custom, chain));
            }
        }
        own.values().stream().filter(s -> intent == null || s.intents().contains(intent))
                .sorted(java.util.Comparator.comparing(CustomScript::title))
                .forEach(s -> suggestions.add(suggestion(s.id(), null, s, chain)));
        return suggestions;
    }

    /** The script filled for one buyer; throws {@link NotFound} for an id neither built in nor the tenant's. */
    public RenderedScript render(TenantId tenant, String scriptId, String language, ScriptContext context) {
        ScriptContext known = context == null ? ScriptContext.empty() : context;
        Optional<BuiltInScript> builtIn = BuiltInScripts.find(scriptId);
        CustomScript custom = tenantScripts.current(tenant, scriptId).orElse(null);
        if (builtIn.isEmpty() && custom == null) {
            throw new NotFound("Script", scriptId);
        }
        Resolved resolved = resolve(builtIn.orElse(null), custom, ScriptLocale.chain(language, known.shopLanguage()));
        ScriptTemplate.Filled filled = resolved.template()
                .fill(known, ScriptLocale.of(resolved.template().language(), known.market()));
        return new RenderedScript(scriptId, resolved.template().language(), resolved.source(), resolved.version(),
                filled.text(), filled.missing());
    }

    /** A new tenant script; its id may be a built-in one, which it then overrides in the languages it has. */
    @Transactional
    public CustomScript create(TenantId tenant, String id, ScriptDraft draft, String by) {
        checkId(id);
        if (tenantScripts.current(tenant, id).isPresent()) {
            throw new IllegalArgumentException("id: " + id + " exists already; change it with PUT /api/v1/desk/scripts/" + id);
        }
        return save(tenant, id, draft, by);
    }

    /** The next version of a tenant script, or the tenant's first own version of a built-in one. */
    @Transactional
    public CustomScript update(TenantId tenant, String id, ScriptDraft draft, String by) {
        if (tenantScripts.current(tenant, id).isEmpty() && BuiltInScripts.find(id).isEmpty()) {
            throw new NotFound("Script", id);
        }
        return save(tenant, id, draft, by);
    }

    public List<CustomScript> versions(TenantId tenant, String id) {
        return tenantScripts.versions(tenant, id);
    }

    private CustomScript save(TenantId tenant, String id, ScriptDraft draft, String by) {
        if (draft == null) {
            throw new IllegalArgumentException("body: missing");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("title: must not be empty");
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title: at most " + MAX_TITLE + " characters");
        }
        if (draft.intents() == null || draft.intents().isEmpty() || draft.intents().contains(null)) {
            throw new IllegalArgumentException("intents: name at least one intent the script answers");
        }
        if (draft.texts() == null || draft.texts().isEmpty()) {
            throw new IllegalArgumentException("texts: give the text in at least one language");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        draft.texts().forEach((language, text) -> {
            String field = "texts." + language;
            if (!MessageUnderstanding.LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(field + ": not a buyer language (" + String.join(", ",
                        MessageUnderstanding.LANGUAGES) + ")");
            }
            if (text != null && text.length() > MAX_TEXT) {
                throw new IllegalArgumentException(field + ": at most " + MAX_TEXT + " characters");
            }
            try {
                ScriptLocale.renderableWithSamples(ScriptTemplate.parse(language, text));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
            }
            texts.put(language, text.strip());
        });
        return tenantScripts.saveVersion(tenant, id, draft.title().strip(), List.copyOf(new LinkedHashSet<>(draft.intents())),
                texts, by, clock.instant());
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id: 3 to 64 capital letters, digits or _, starting with a letter");
        }
    }

    private record Resolved(ScriptTemplate template, ScriptSource source, int version) {
    }

    private static Resolved resolve(BuiltInScript builtIn, CustomScript custom, List<String> chain) {
        for (String language : chain) {
            if (custom != null && custom.texts().containsKey(language)) {
                return new Resolved(ScriptTemplate.parse(language, custom.texts().get(language)), ScriptSource.TENANT,
                        custom.version());
            }
            if (builtIn != null && builtIn.texts().containsKey(language)) {
                return new Resolved(builtIn.texts().get(language), ScriptSource.BUILT_IN, 0);
            }
        }
        // a tenant script in none of the chain's languages: its first language rather than nothing
        String first = custom.texts().keySet().iterator().next();
        return new Resolved(ScriptTemplate.parse(first, custom.texts().get(first)), ScriptSource.TENANT, custom.version());
    }

    private ScriptSuggestion suggestion(String id, BuiltInScript builtIn, CustomScript custom, List<String> chain) {
        Resolved resolved = resolve(builtIn, custom, chain);
        String title = custom != null ? custom.title() : builtInTitle(id);
        List<Intent> intents = custom != null ? custom.intents() : builtIn.intents();
        return new ScriptSuggestion(id, title, intents, resolved.template().language(), resolved.source(),
                resolved.version(), resolved.template().text());
    }

    private String builtInTitle(String id) {
        Locale console = LocaleContextHolder.getLocale();
        return messages.getMessage("desk.script." + id, null, id, console);
    }
}
