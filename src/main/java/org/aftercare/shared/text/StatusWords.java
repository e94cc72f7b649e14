package org.aftercare.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the buyer reads the shipment statuses of logistics (TrackingStatus) in their language, from
 * {@code text/status_<lang>.properties}; desk scripts and outreach notices both say {status} with them.
 */
public final class StatusWords {

    private static final Map<String, StatusWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Properties words;

    private StatusWords(Properties words) {
        this.words = words;
    }

    public static StatusWords in(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, StatusWords::load);
    }

    private static StatusWords load(String language) {
        Properties words = new Properties();
        try (InputStream in = StatusWords.class.getResourceAsStream("/text/status_" + language + ".properties")) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read the status words for " + language, e);
        }
        return new StatusWords(words);
    }

    /** The buyer's word for a status code; any other value is used as given. */
    public String word(String status) {
        return words.getProperty(status.strip(), status.strip());
    }
}
