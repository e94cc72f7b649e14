package org.aftercare.integrations.chat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.aftercare.integrations.mail.Secrets;

/**
 * A chat outlet as a manager enters it; a bad field is named in the error.
 *
 * @param url HTTPS; plain HTTP only to this machine (localhost), for trying it out
 */
record ChatOutletForm(UUID shop, String url, String secretVariable, Boolean enabled) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    Valid validated() {
        if (shop == null) {
            throw new IllegalArgumentException("shop: required, the id of one of your shops");
        }
        Secrets.checkName("secretVariable", secretVariable);
        return new Valid(shop, url(url), secretVariable, enabled == null || enabled);
    }

    record Valid(UUID shop, URI url, String secretVariable, boolean enabled) {
    }

    private static URI url(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("url: required, the https URL replies are posted to");
        }
        if (value.length() > 2000) {
            throw new IllegalArgumentException("url: at most 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException("url: not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("url: must be an absolute https URL with a host, got '" + value + "'");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("url: must not carry a user or password; the signature authenticates us");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("url: must use https (plain http only to localhost)");
        }
        return uri;
    }
}
