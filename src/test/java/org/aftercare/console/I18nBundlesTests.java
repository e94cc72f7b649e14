package org.aftercare.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle in src/main/resources/messages speaks every console language with the same keys,
 * and is registered in {@code spring.messages.basename} so Spring actually loads it.
 * A bundle is {@code <name>.properties} (English, the default) plus {@code <name>_zh_CN.properties}.
 */
class I18nBundlesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path APPLICATION = Path.of("src/main/resources/application.properties");
    /** Language suffixes each bundle must have besides the English default file. */
    private static final List<String> LANGUAGES = List.of("zh_CN");
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+?)(?:_([a-z]{2}(?:_[A-Z]{2})?))?\\.properties");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> bundle : bundles().entrySet()) {
            Map<String, Path> files = bundle.getValue();
            Path english = files.get("");
            if (english == null) {
                problems.add(bundle.getKey() + ": no " + bundle.getKey() + ".properties (English, the default)");
                continue;
            }
            Set<String> expected = keys(english);
            for (String language : LANGUAGES) {
                Path translated = files.get(language);
                if (translated == null) {
                    problems.add(bundle.getKey() + ": no " + bundle.getKey() + "_" + language + ".properties");
                    continue;
                }
                Set<String> actual = keys(translated);
                difference(expected, actual).forEach(k -> problems.add(translated.getFileName() + ": missing " + k));
                difference(actual, expected).forEach(k -> problems.add(english.getFileName() + ": missing " + k
                        + " (found only in " + translated.getFileName() + ")"));
            }
            files.keySet().stream()
                    .filter(language -> !language.isEmpty() && !LANGUAGES.contains(language))
                    .forEach(language -> problems.add(files.get(language).getFileName()
                            + ": a language the console does not offer; English lives in the file without suffix"));
        }
        assertThat(problems).as("message bundles out of sync").isEmpty();
    }

    /** Spring merges all bundles into one message source: a key in two bundles shows one page the other's text. */
    @Test
    void everyKeyBelongsToOneBundle() throws IOException {
        Map<String, String> owner = new java.util.HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> bundle : bundles().entrySet()) {
            Path english = bundle.getValue().get("");
            if (english == null) {
                continue;
            }
            for (String key : keys(english)) {
                String earlier = owner.putIfAbsent(key, bundle.getKey());
                if (earlier != null) {
                    clashes.add(key + " in " + earlier + " and " + bundle.getKey());
                }
            }
        }
        assertThat(clashes).as("keys defined in more than one bundle").isEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        List<String> blank = new ArrayList<>();
        for (Path file : propertyFiles()) {
            load(file).forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    blank.add(file.getFileName() + ": " + key);
                }
            });
        }
        assertThat(blank).as("messages without text").isEmpty();
    }

    @Test
    void everyBundleIsRegisteredAsABasename() throws IOException {
        Set<String> registered = Arrays.stream(load(APPLICATION).getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        Set<String> present = bundles().keySet().stream().map(name -> "messages/" + name).collect(Collectors.toSet());

        assertThat(registered).as("spring.messages.basename in application.properties").containsAll(present);
        assertThat(present).as("bundle files for each registered basename").containsAll(registered);
    }

    /** Bundle name → (language suffix, "" for the default) → file. */
    private static Map<String, Map<String, Path>> bundles() throws IOException {
        Map<String, Map<String, Path>> bundles = new TreeMap<>();
        for (Path file : propertyFiles()) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            assertThat(name.matches()).as("bundle file name " + file.getFileName()).isTrue();
            bundles.computeIfAbsent(name.group(1), n -> new TreeMap<>())
                    .put(name.group(2) == null ? "" : name.group(2), file);
        }
        return bundles;
    }

    private static List<Path> propertyFiles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return load(file).stringPropertyNames();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
