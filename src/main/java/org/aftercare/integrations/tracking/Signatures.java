package org.aftercare.integrations.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The providers' documented webhook signatures, computed over the raw body before any parsing
 * and compared in constant time.
 */
final class Signatures {

    private Signatures() {
    }

    /** 17TRACK: header {@code sign} = lowercase hex SHA-256 of (raw body + "/" + security key). Not an HMAC. */
    static boolean seventeenTrack(byte[] body, String securityKey, String sign) {
        if (sign == null || sign.isBlank()) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body);
            sha.update(("/" + securityKey).getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(sha.digest()).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, sign.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AfterShip: header {@code aftership-hmac-sha256} = base64 HMAC-SHA256 of the raw body, keyed with the webhook secret. */
    static boolean afterShip(byte[] body, String webhookSecret, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhookSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
            return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
