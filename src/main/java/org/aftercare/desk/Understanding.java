package org.aftercare.desk;

import java.util.List;

/**
 * What the desk understood of one buyer message.
 *
 * @param language    ISO 639-1 code of the detected language ("en", "de", "fr", "it", "es", "zh"), or "und"
 * @param supported   false when the message is in none of the supported languages (then the intent is OTHER)
 * @param intent      what the buyer wants
 * @param confidence  0..1, how clearly the matched phrases point to {@code intent}
 * @param explanation the lexicon phrases that matched, strongest first
 * @param risk        escalation risk 0..100
 * @param riskReasons why the risk is what it is, strongest first
 * @param escalate    true when {@code risk} reaches the escalation threshold
 */
public record Understanding(String language, boolean supported, Intent intent, double confidence,
                            List<String> explanation, int risk, List<RiskReason> riskReasons, boolean escalate) {
}
