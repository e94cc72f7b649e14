package org.aftercare.desk;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aftercare.desk.understanding.EscalationRisk;
import org.aftercare.desk.understanding.IntentClassifier;
import org.aftercare.desk.understanding.LanguageDetection;
import org.aftercare.desk.understanding.Lexicon;
import org.aftercare.desk.understanding.NormalisedText;
import org.springframework.stereotype.Service;

/**
 * Understands a buyer message: its language, what the buyer wants and whether it must be escalated.
 * Offline and explainable — every intent comes with the lexicon phrases that decided it.
 */
@Service
public class MessageUnderstanding {

    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "zh");

    private final DeskProperties properties;
    private final LanguageDetection languages;
    private final Map<String, Lexicon> lexicons;

    public MessageUnderstanding(DeskProperties properties) {
        this.properties = properties;
        this.languages = new LanguageDetection(properties.minimumRelativeDistance());
        this.lexicons = LANGUAGES.stream().collect(Collectors.toMap(Function.identity(), Lexicon::load));
    }

    public Understanding understand(String text, MessageContext context) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text: must not be empty");
        }
        var detected = languages.detectLikeliest(text);
        Lexicon lexicon = lexicons.get(detected.language());
        if (lexicon != null && !detected.certain()) {
            // Lingua hesitates (short text, brand names, or a language it has no model for):
            // the likeliest language stands if its lexicon clearly recognises what the buyer wants
            var understood = understand(lexicon, text, context);
            if (understood.intent() != Intent.OTHER && understood.confidence() >= 0.5) {
                return understood;
            }
            lexicon = null;
        }
        if (lexicon == null) {
            var risk = EscalationRisk.assess(List.of(), context, properties.highOrderValue());
            return new Understanding(LanguageDetection.UNKNOWN, false, Intent.OTHER, 0, List.of(), risk.risk(), risk.reasons(),
                    risk.risk() >= properties.escalationThreshold());
        }
        return understand(lexicon, text, context);
    }

    /** Classification alone, for a message whose language is known (benchmarks, evaluation). */
    public Understanding understand(String language, String text, MessageContext context) {
        return understand(lexicons.get(language), text, context);
    }

    private Understanding understand(Lexicon lexicon, String text, MessageContext context) {
        var classification = IntentClassifier.classify(lexicon, NormalisedText.of(text));
        var risk = EscalationRisk.assess(classification.matches(), context, properties.highOrderValue());
        return new Understanding(lexicon.language(), true, classification.intent(), classification.confidence(),
                classification.explanation(), risk.risk(), risk.reasons(),
                risk.risk() >= properties.escalationThreshold());
    }
}
