package org.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the order pages exists in every language, and no page uses a key that does not. */
class OrderMessagesTests {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                OrderMessagesTests.class.getResourceAsStream("/messages/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(bundle("orders_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("orders.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{(orders\\.[a-zA-Z.]+)|msg\\('(orders\\.[a-zA-Z.]+)'");
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/orders"))) {
            for (Path template : templates.toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(bundle("orders.properties").stringPropertyNames()).containsAll(used);
    }
}
