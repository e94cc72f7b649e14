package org.aftercare.desk.scripts;

import java.util.List;

import org.aftercare.desk.ScriptContext;
import org.aftercare.shared.text.TextTemplate;

import com.ibm.icu.util.ULocale;

/**
 * One script text in one language: a {@link TextTemplate} over the {@link ScriptVariables}.
 * {@link #parse} says what is wrong and where (line and column), so a manager can fix a macro
 * before it reaches a buyer.
 */
public record ScriptTemplate(String language, String text) {

    /** Checks a text and returns it as a template, or throws naming the problem and its position. */
    public static ScriptTemplate parse(String language, String text) {
        TextTemplate.parse(language, text, ScriptVariables.VARIABLES);
        return new ScriptTemplate(language, text);
    }

    /** The text for one buyer; a variable the text needs but the context lacks shows as [variable]. */
    public Filled fill(ScriptContext context, ULocale locale) {
        TextTemplate.Filled filled = new TextTemplate(language, text, ScriptVariables.VARIABLES)
                .fill(ScriptVariables.arguments(context, language, locale), locale, context.zoneOrUtc());
        return new Filled(filled.text(), filled.missing());
    }

    public record Filled(String text, List<String> missing) {
    }
}
