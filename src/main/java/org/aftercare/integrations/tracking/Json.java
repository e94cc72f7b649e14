package org.aftercare.integrations.tracking;

import tools.jackson.databind.JsonNode;

/** Reading optional fields of provider payloads without tripping over nulls. */
final class Json {

    private Json() {
    }

    /** The field's text, or null when it is missing, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString() : value.toString();
        return text == null || text.isBlank() ? null : text.trim();
    }
}
