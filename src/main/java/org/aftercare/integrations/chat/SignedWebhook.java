package org.aftercare.integrations.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.aftercare.integrations.mail.Secrets;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts JSON to an outbound webhook, signed {@code X-Aftercare-Signature: sha256=<hex HMAC-SHA256
 * of the body>} under a secret from the environment, with {@code X-Aftercare-Delivery} naming the
 * delivery. Any answer but 2xx is a failure the caller's outbox retries.
 */
@Component
public class SignedWebhook {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Secrets secrets;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SignedWebhook(Secrets secrets, JsonMapper json, Clock clock) {
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    public void post(URI url, String secretVariable, String delivery, Map<String, Object> payload) throws Exception {
        String secret = secrets.require("secretVariable", secretVariable);
        payload.putIfAbsent("sentAt", clock.instant().toString());
        byte[] body = json.writeValueAsBytes(payload);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(TikTokChatReplyChannel.SIGNATURE, "sha256=" + TikTokChatReplyChannel.sign(body, secret))
                .header(TikTokChatReplyChannel.DELIVERY, delivery)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            throw new IllegalStateException(url + " answered " + response.statusCode()
                    + (answer.isEmpty() ? "" : ": " + (answer.length() > 200 ? answer.substring(0, 200) + "…" : answer)));
        }
    }
}
