package org.aftercare.desk.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.aftercare.desk.Intent;
import org.aftercare.desk.RiskReason;

/**
 * The weighted phrases of one language, read from {@code desk/lexicon/<lang>.txt}: one line
 * {@code phrase | TARGET | weight}, where TARGET is an {@link Intent} or, with a leading '!', a
 * {@link RiskReason} ({@code !THREAT_TO_EXPOSE}). A phrase ending with '*' matches word prefixes.
 * <p>
 * Three kinds of function words decide whether a cue is denied ("I won't leave a bad review",
 * "nicht beschädigt", "没有坏"):
 * <ul>
 *   <li>{@code phrase | NEGATION | n} — a negator; it cancels a cue that follows it in the same
 *       clause with at most n words between them (Chinese: n characters);</li>
 *   <li>{@code phrase | CONDITION | 0} — "if", "wenn", "si", "se", "如果": a negator that comes after
 *       it in the clause states a condition, not a denial ("if you don't refund me I'll open a dispute");</li>
 *   <li>{@code phrase | CONJUNCTION | 0} — "but", "aber", "mais", "但是": ends a negation's reach
 *       ("not damaged but the wrong colour").</li>
 * </ul>
 * Only cues whose denial means the opposite can be negated: damage and quality, missing parts,
 * "delivered" and every risk reason (threats, anger, insults). "No refund yet" is still about a
 * refund and "not the right size" still about the size, so those intents are never negated.
 */
public record Lexicon(String language, List<Entry> entries, List<Negator> negators, List<String> conditions,
                      List<String> conjunctions) {

    static final Set<Intent> NEGATABLE = EnumSet.of(Intent.DAMAGED_OR_QUALITY, Intent.MISSING_PARTS,
            Intent.DELIVERED_NOT_RECEIVED);

    /** One phrase; exactly one of intent and reason is set. */
    public record Entry(String phrase, String matched, Intent intent, RiskReason reason, double weight, String needle) {

        Entry(String phrase, String matched, Intent intent, RiskReason reason, double weight) {
            this(phrase, matched, intent, reason, weight, NormalisedText.needle(matched));
        }

        boolean negatable() {
            return reason != null || NEGATABLE.contains(intent);
        }
    }

    /** A word that denies the cue following it within {@code scope} words (Chinese: characters). */
    public record Negator(String phrase, String matched, int scope) {
    }

    /**
     * A phrase found in a message. It does not count when {@code negatedBy} (the negator that
     * cancels it) or {@code partOf} (a longer phrase of another target that contains every
     * occurrence of it: "too long" in "too long to arrive", "太大" in "色差太大") is set.
     */
    public record Match(Entry entry, String negatedBy, String partOf, List<Integer> at) {

        public boolean counts() {
            return negatedBy == null && partOf == null;
        }

        int length() {
            return entry.matched().length() - (entry.matched().endsWith("*") ? 1 : 0);
        }

        boolean targetsSameAs(Match other) {
            return entry.intent() == other.entry.intent() && entry.reason() == other.entry.reason();
        }

        /** Whether every occurrence of this phrase lies inside an occurrence of the other one. */
        boolean inside(Match other) {
            for (int start : at) {
                boolean covered = false;
                for (int otherStart : other.at) {
                    covered |= otherStart <= start && start + length() <= otherStart + other.length();
                }
                if (!covered) {
                    return false;
                }
            }
            return true;
        }
    }

    public static Lexicon load(String language) {
        String path = "desk/lexicon/" + language + ".txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon " + path);
            }
            List<Entry> entries = new ArrayList<>();
            List<Negator> negators = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            List<String> conjunctions = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalStateException(path + ":" + number + ": expected 'phrase | TARGET | weight'");
                }
                String phrase = parts[0].strip();
                String target = parts[1].strip();
                double weight = Double.parseDouble(parts[2].strip());
                boolean prefix = phrase.endsWith("*");
                String matched = NormalisedText.normalise(prefix ? phrase.substring(0, phrase.length() - 1) : phrase)
                        + (prefix ? "*" : "");
                switch (target) {
                    case "NEGATION" -> negators.add(new Negator(phrase, matched, (int) weight));
                    case "CONDITION" -> conditions.add(matched);
                    case "CONJUNCTION" -> conjunctions.add(matched);
                    default -> entries.add(target.startsWith("!")
                            ? new Entry(phrase, matched, null, RiskReason.valueOf(target.substring(1)), weight)
                            : new Entry(phrase, matched, Intent.valueOf(target), null, weight));
                }
            }
            return new Lexicon(language, List.copyOf(entries), List.copyOf(negators), List.copyOf(conditions),
                    List.copyOf(conjunctions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every phrase found in the text. A phrase counts if at least one of its occurrences is not
     * negated; when all are, it is returned with the negator that cancelled it. A phrase found only
     * inside a longer phrase of another target gives way to it (phrases of the same target add up:
     * "kaputt" and "kaputt angekommen" both count).
     */
    public List<Match> matches(NormalisedText text) {
        List<Match> found = new ArrayList<>();
        for (Entry entry : entries) {
            int at = text.indexOfNeedle(entry.needle(), 0);
            if (at < 0) {
                continue;
            }
            List<Integer> counted = new ArrayList<>(1);
            String negatedBy = null;
            for (; at >= 0; at = text.indexOfNeedle(entry.needle(), at + 1)) {
                String negator = entry.negatable() ? negator(text, at) : null;
                if (negator == null) {
                    counted.add(at);
                } else {
                    negatedBy = negator;
                }
            }
            found.add(counted.isEmpty() ? new Match(entry, negatedBy, null, List.of()) : new Match(entry, null, null, counted));
        }
        for (int i = 0; i < found.size(); i++) {
            Match match = found.get(i);
            if (!match.counts()) {
                continue;
            }
            for (Match longer : found) {
                if (longer.counts() && !longer.targetsSameAs(match) && longer.length() > match.length() && match.inside(longer)) {
                    found.set(i, new Match(match.entry(), null, longer.entry().phrase(), match.at()));
                    break;
                }
            }
        }
        return found;
    }

    /** The negator that denies what starts at {@code position}, or null. */
    String negator(NormalisedText text, int position) {
        String clause = text.clauseBefore(position);
        for (String conjunction : conjunctions) {
            int at = lastIndexOf(clause, conjunction);
            if (at >= 0) {
                clause = " " + clause.substring(at + conjunction.length()).strip() + " ";
            }
        }
        for (Negator negator : negators) {
            int at = lastIndexOf(clause, negator.matched());
            if (at < 0 || conditional(clause.substring(0, at + 1))) {
                continue;
            }
            String between = clause.substring(at + negator.matched().length()).strip();
            int distance = NormalisedText.isHan(negator.matched())
                    ? between.replace(" ", "").length()
                    : between.isEmpty() ? 0 : between.split(" ").length;
            if (distance <= negator.scope()) {
                return negator.phrase();
            }
        }
        return null;
    }

    private boolean conditional(String clauseBeforeNegator) {
        for (String condition : conditions) {
            if (lastIndexOf(clauseBeforeNegator, condition) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where a word (Latin, whole words) or a Han phrase last occurs in a padded clause, or -1. */
    private static int lastIndexOf(String clause, String phrase) {
        if (NormalisedText.isHan(phrase)) {
            return clause.lastIndexOf(phrase);
        }
        int at = clause.lastIndexOf(" " + phrase + " ");
        return at < 0 ? -1 : at + 1;
    }
}
