package org.aftercare.desk;

import java.util.List;

/**
 * A script filled for one buyer.
 *
 * @param language the language it was rendered in: the requested one, else the shop's default, else English
 * @param source   built in, or the tenant's own version
 * @param version  the tenant version in force; 0 for a built-in script
 * @param missing  variables the text needed but the context did not have; each shows as {@code [variable]}
 */
public record RenderedScript(String scriptId, String language, ScriptSource source, int version, String text,
                             List<String> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
