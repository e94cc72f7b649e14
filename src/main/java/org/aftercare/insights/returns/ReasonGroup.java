package org.aftercare.insights.returns;

import java.util.Arrays;
import java.util.List;

/**
 * The return reasons that point at something a team can fix, grouped by who fixes it. A spike of
 * one group becomes a feedback item addressed to those teams with the group's suggested action.
 * Wrong item, arrived late, changed mind and other are left out: they say nothing about the product.
 */
enum ReasonGroup {

    SIZE(List.of("SIZE_MISMATCH"), List.of(Team.PRODUCT_PAGE, Team.ADS),
            "Runs small or large: say so in the size chart, the ad creative and the product description."),
    QUALITY(List.of("QUALITY_DEFECT", "DAMAGED", "NOT_AS_DESCRIBED", "MISSING_PARTS"), List.of(Team.SUPPLY_CHAIN),
            "Quality problem: check the batch with the supplier, tighten QC and packing before shipping more."),
    COLOUR(List.of("COLOUR_DIFFERENCE"), List.of(Team.PRODUCT_PAGE, Team.ADS),
            "Colour differs from the pictures: reshoot the product photos in daylight and adjust the creative.");

    /** Who a feedback item is addressed to. */
    enum Team { SUPPLY_CHAIN, PRODUCT_PAGE, ADS }

    private final List<String> reasons;
    private final List<Team> addressedTo;
    private final String suggestedAction;

    ReasonGroup(List<String> reasons, List<Team> addressedTo, String suggestedAction) {
        this.reasons = reasons;
        this.addressedTo = addressedTo;
        this.suggestedAction = suggestedAction;
    }

    List<String> reasons() {
        return reasons;
    }

    List<Team> addressedTo() {
        return addressedTo;
    }

    /** In English for the API; the console shows the same advice from its bundle. */
    String suggestedAction() {
        return suggestedAction;
    }

    /** reason → group, as two parallel arrays for SQL's {@code unnest(reasons, groups)}. */
    static String[][] mapping() {
        String[] reasons = Arrays.stream(values()).flatMap(g -> g.reasons.stream()).toArray(String[]::new);
        String[] groups = Arrays.stream(values()).flatMap(g -> g.reasons.stream().map(r -> g.name())).toArray(String[]::new);
        return new String[][]{reasons, groups};
    }
}
