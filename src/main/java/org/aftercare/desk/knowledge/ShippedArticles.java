package org.aftercare.desk.knowledge;

import static org.aftercare.desk.Intent.COLOUR_DIFFERENCE;
import static org.aftercare.desk.Intent.COMPLAINT_OR_THREAT;
import static org.aftercare.desk.Intent.DAMAGED_OR_QUALITY;
import static org.aftercare.desk.Intent.DELIVERED_NOT_RECEIVED;
import static org.aftercare.desk.Intent.MISSING_PARTS;
import static org.aftercare.desk.Intent.NOT_AS_DESCRIBED;
import static org.aftercare.desk.Intent.RETURN_OR_REFUND;
import static org.aftercare.desk.Intent.SIZE_MISMATCH;
import static org.aftercare.desk.Intent.WHERE_IS_MY_ORDER;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.aftercare.desk.Intent;

/**
 * Aftercare's SOP articles, one per issue category of R3 in English and Chinese, in
 * {@code src/main/resources/desk/knowledge/<INTENT>_<lang>.txt}: the first line is the title, the rest the body.
 */
public final class ShippedArticles {

    /** @param key stays the same across releases, so a tenant gets each shipped article once */
    public record ShippedArticle(String key, Intent intent, String language, String title, String body) {
    }

    static final List<Intent> CATEGORIES = List.of(SIZE_MISMATCH, COLOUR_DIFFERENCE, MISSING_PARTS, WHERE_IS_MY_ORDER,
            DAMAGED_OR_QUALITY, NOT_AS_DESCRIBED, RETURN_OR_REFUND, DELIVERED_NOT_RECEIVED, COMPLAINT_OR_THREAT);
    static final List<String> LANGUAGES = List.of("en", "zh");

    private static final List<ShippedArticle> ALL = load();

    private ShippedArticles() {
    }

    public static List<ShippedArticle> all() {
        return ALL;
    }

    private static List<ShippedArticle> load() {
        List<ShippedArticle> articles = new ArrayList<>();
        for (Intent intent : CATEGORIES) {
            for (String language : LANGUAGES) {
                String resource = "/desk/knowledge/" + intent.name() + "_" + language + ".txt";
                try (InputStream in = ShippedArticles.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("No shipped article " + resource);
                    }
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                    int newline = text.indexOf('\n');
                    articles.add(new ShippedArticle(intent.name(), intent, language, text.substring(0, newline).strip(),
                            text.substring(newline + 1).strip()));
                }
                catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + resource, e);
                }
            }
        }
        return List.copyOf(articles);
    }
}
