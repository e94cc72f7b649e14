package org.aftercare.integrations.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the earlier messages a mail client quotes under a buyer's answer, so the desk reads (and
 * classifies) only what the buyer wrote now. Recognised: the attribution line of common clients in
 * EN, DE, FR, IT, ES and ZH ("On … wrote:", "Am … schrieb …:", "Le … a écrit :", "Il giorno … ha
 * scritto:", "El … escribió:", "在 … 写道："), Outlook's "Original Message" separators and header
 * blocks ("From: … / Sent: …"), and lines starting with "&gt;".
 */
final class QuotedText {

    private static final int LONGEST_ATTRIBUTION = 300;

    // The attribution line opens the quote; everything from it on is the earlier conversation.
    private static final List<Pattern> ATTRIBUTIONS = List.of(
            Pattern.compile("^On\\s.+\\bwrote\\s?:$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Am\\s.+\\bschrieb\\b.*:$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Le\\s.+\\ba\\s+écrit\\s?:$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Il\\s.+\\bha\\s+scritto\\s?:$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^El\\s.+\\bescribió\\s?:$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(在|于).+写道\\s?[:：]?$"),
            Pattern.compile("^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Messaggio originale"
                    + "|Mensaje original|原始邮件)\\s*-{2,}$", Pattern.CASE_INSENSITIVE));

    // Outlook quotes with a header block instead: a "From:" line followed by a "Sent:" line.
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|Von|De|Da|发件人)\\s?[:：].+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SENT = Pattern.compile(
            "^\\*?(Sent|Date|Gesendet|Datum|Envoyé|Inviato|Data|Enviado|Fecha|发送时间|日期)\\s?[:：].+", Pattern.CASE_INSENSITIVE);

    private QuotedText() {
    }

    /** The buyer's own words; the text unchanged when cutting would leave nothing. */
    static String strip(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            // Clients wrap a long attribution ("On Tue, 1 Dec 2026 at 10:00, Shop <x@y>\nwrote:").
            if (isAttribution(line) || (!next.isEmpty() && isAttribution(line + " " + next))
                    || (HEADER_FROM.matcher(line).matches() && HEADER_SENT.matcher(next).matches())) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(lines.get(i).stripTrailing());
            }
        }
        String own = String.join("\n", kept).strip();
        return own.isEmpty() ? text.strip() : own;
    }

    private static boolean isAttribution(String line) {
        return line.length() <= LONGEST_ATTRIBUTION && ATTRIBUTIONS.stream().anyMatch(p -> p.matcher(line).matches());
    }
}
