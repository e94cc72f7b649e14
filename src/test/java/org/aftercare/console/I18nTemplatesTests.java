package org.aftercare.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Templates carry no words of their own: every visible text comes from a message bundle through
 * {@code #{…}}, so no page shows English to a Chinese-speaking team. Whitespace, punctuation,
 * numbers and symbols may stand in templates; letters of any script may not.
 */
class I18nTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    /** Plain attributes a reader sees: tooltips, placeholders, alternative and accessible text. */
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "\\s(title|placeholder|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");
    /** Thymeleaf attributes that produce visible text; what is left after removing expressions must be letter-free. */
    private static final Pattern TEXT_EXPRESSION = Pattern.compile(
            "\\sth:(text|utext|title|placeholder|alt|aria-label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern EXPRESSION = Pattern.compile("[$#*@]\\{[^{}]*}");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesShowNoTextThatIsNotFromAMessageBundle() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = SCRIPT_OR_STYLE.matcher(COMMENT.matcher(read(template)).replaceAll(""))
                    .replaceAll("");
            String name = TEMPLATES.relativize(template).toString();
            find(TEXT, html, 1, name, "text", literals);
            find(VISIBLE_ATTRIBUTE, html, 2, name, "attribute", literals);
            find(TEXT_EXPRESSION, html, 2, name, "th: literal", literals);
        }
        assertThat(literals).as("literal text in templates; use #{…} and a message bundle").isEmpty();
    }

    @Test
    void theCheckCatchesLiteralsButNotMessages() {
        List<String> found = new ArrayList<>();
        String html = """
                <h1 th:text="#{home.heading}"></h1><p>Hello</p><span title="Tip"></span>
                <b th:text="${ok} ? 'Yes' : #{no}"></b><i>[[#{x}]] · 42 %</i><!-- a comment -->
                <u th:text="|#{a} · ${b}|"></u><em>订单</em>""";
        find(TEXT, COMMENT.matcher(html).replaceAll(""), 1, "t.html", "text", found);
        find(VISIBLE_ATTRIBUTE, html, 2, "t.html", "attribute", found);
        find(TEXT_EXPRESSION, html, 2, "t.html", "th: literal", found);

        assertThat(found).containsExactlyInAnyOrder(
                "t.html: text \"Hello\"", "t.html: text \"订单\"", "t.html: attribute \"Tip\"",
                "t.html: th: literal \"${ok} ? 'Yes' : #{no}\"");
    }

    private static void find(Pattern pattern, String html, int group, String template, String kind, List<String> literals) {
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            String value = m.group(group);
            if (LETTER.matcher(withoutExpressions(value)).find()) {
                literals.add(template + ": " + kind + " \"" + value.strip() + "\"");
            }
        }
    }

    /** Removes {@code ${…}}, {@code #{…}}, {@code [[…]]} and the like, innermost first. */
    private static String withoutExpressions(String text) {
        String previous;
        String current = INLINED.matcher(text).replaceAll("");
        do {
            previous = current;
            current = EXPRESSION.matcher(current).replaceAll("");
        }
        while (!current.equals(previous));
        return current;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
