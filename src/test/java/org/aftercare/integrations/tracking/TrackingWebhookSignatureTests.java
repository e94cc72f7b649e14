package org.aftercare.integrations.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The providers' signature schemes against independently computed vectors (python3, openssl). */
class TrackingWebhookSignatureTests {

    @Test
    void seventeenTrackSignsSha256OfBodySlashKey() {
        byte[] body = """
                {"event":"TRACKING_UPDATED","data":{"number":"RR123456789CN","carrier":3011,"tag":null}}"""
                .getBytes(StandardCharsets.UTF_8);
        String sign = "45acb4a6f4a194a6ac1f0f712182c4e314b1ae9399941ea086987408f3166994";
        assertThat(Signatures.seventeenTrack(body, "123456ABCDEF", sign)).isTrue();
        assertThat(Signatures.seventeenTrack(body, "123456ABCDEF", sign.toUpperCase())).isTrue();
        assertThat(Signatures.seventeenTrack(body, "wrong-key", sign)).isFalse();
        assertThat(Signatures.seventeenTrack(body, "123456ABCDEF", null)).isFalse();
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("3011", "3012").getBytes(StandardCharsets.UTF_8);
        assertThat(Signatures.seventeenTrack(tampered, "123456ABCDEF", sign)).isFalse();
    }

    @Test
    void afterShipSignsBase64HmacSha256OfTheBody() {
        byte[] body = """
                {"event":"tracking_update","event_id":"94dadd60-ed26-46d0-aa52-3ced925a50ff","msg":{"tag":"InTransit"},"ts":1712741696}"""
                .getBytes(StandardCharsets.UTF_8);
        String header = "m9ZzUXgNaUoHOIxKB7h20mTCYbf6+OgYwghvXP7ZNqo=";
        assertThat(Signatures.afterShip(body, "test_webhook_secret", header)).isTrue();
        assertThat(Signatures.afterShip(body, "test_webhook_secret",
                "9bd67351780d694a07388c4a07b876d264c261b7faf8e818c2086f5cfed936aa"))
                .as("the hex encoding of the same MAC is not AfterShip's format").isFalse();
        assertThat(Signatures.afterShip(body, "other_secret", header)).isFalse();
    }
}
