package org.aftercare.integrations.chat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.aftercare.desk.Channel;
import org.aftercare.desk.OutboundReply;
import org.aftercare.desk.ReplyChannel;
import org.aftercare.integrations.mail.Secrets;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Agents' replies to TikTok Shop chat tickets, until the TikTok connector exists: posted as JSON to
 * the shop's outbound webhook (its chat outlet), signed {@code X-Aftercare-Signature: sha256=<hex
 * HMAC-SHA256 of the body>} under the secret from the environment, with the reply's id as
 * {@code X-Aftercare-Delivery} so the receiver can drop a retried delivery it already took. Any
 * answer but 2xx is a failure the outbox retries.
 */
@Component
class TikTokChatReplyChannel implements ReplyChannel {

    static final String SIGNATURE = "X-Aftercare-Signature";
    static final String DELIVERY = "X-Aftercare-Delivery";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ChatOutlets outlets;
    private final Secrets secrets;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    TikTokChatReplyChannel(ChatOutlets outlets, Secrets secrets, JsonMapper json, Clock clock) {
        this.outlets = outlets;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.TIKTOK_CHAT;
    }

    @Override
    public void send(OutboundReply reply) throws Exception {
        ChatOutlet outlet = outlets.ofShop(reply.tenant(), reply.shop()).filter(ChatOutlet::enabled)
                .orElseThrow(() -> new IllegalStateException("shop " + reply.shop().value() + " has no enabled chat outlet"));
        String secret = secrets.require("secretVariable", outlet.secretVariable());
        byte[] body = json.writeValueAsBytes(payload(reply));
        HttpRequest request = HttpRequest.newBuilder(outlet.url())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(SIGNATURE, "sha256=" + sign(body, secret))
                .header(DELIVERY, reply.messageId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            throw new IllegalStateException("chat outlet " + outlet.url() + " answered " + response.statusCode()
                    + (answer.isEmpty() ? "" : ": " + (answer.length() > 200 ? answer.substring(0, 200) + "…" : answer)));
        }
    }

    private Map<String, Object> payload(OutboundReply reply) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("delivery", reply.messageId());
        payload.put("channel", reply.channel().name());
        payload.put("shop", reply.shop().value().toString());
        payload.put("ticket", reply.ticket().value().toString());
        payload.put("ticketNumber", reply.ticketNumber());
        payload.put("buyer", reply.to());
        payload.put("buyerName", reply.toName());
        payload.put("language", reply.language());
        payload.put("body", reply.body());
        payload.put("inReplyTo", reply.inReplyTo());
        payload.put("sentAt", clock.instant().toString());
        return payload;
    }

    /** Hex HMAC-SHA256 of the exact bytes posted. */
    static String sign(byte[] body, String secret) throws NoSuchAlgorithmException, InvalidKeyException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
