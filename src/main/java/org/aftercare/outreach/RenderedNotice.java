package org.aftercare.outreach;

import java.util.List;

/**
 * A notice filled for one buyer.
 *
 * @param language       the language it is written in
 * @param languageWanted the buyer's language when that had no text and the chain fell back (a warning), else null
 * @param version        the shop's template version used, 0 for the built-in library text
 * @param missing        variables the text needed but the order had no value for (shown as [variable])
 */
public record RenderedNotice(Scenario scenario, String language, String languageWanted, int version, String subject,
                             String body, List<String> missing) {

    public boolean fellBack() {
        return languageWanted != null;
    }
}
