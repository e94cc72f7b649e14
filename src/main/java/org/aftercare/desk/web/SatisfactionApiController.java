package org.aftercare.desk.web;

import java.time.Duration;
import java.util.UUID;

import org.aftercare.desk.satisfaction.Surveys;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/desk/satisfaction")
@Tag(name = "Desk satisfaction", description = "Surveys after a resolution and invitations to update a review (R12)")
class SatisfactionApiController {

    private final Surveys surveys;

    SatisfactionApiController(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/{shop}")
    @Operation(summary = "What the shop does after a resolution", description = "shopDefault = true when the shop "
            + "follows the installation's defaults (aftercare.desk.satisfaction, aftercare.desk.satisfaction-delay).")
    Surveys.Setting get(Actor actor, @PathVariable UUID shop) {
        return surveys.setting(actor, new ShopId(shop));
    }

    record SettingBody(Surveys.Mode mode, Duration delay, boolean includeEscalated, String reviewUrl) {
    }

    @PutMapping("/{shop}")
    @Operation(summary = "Set it", description = "mode OFF, SURVEY or SURVEY_THEN_REVIEW; delay as ISO-8601 (PT24H); "
            + "reviewUrl (https, may contain {orderNumber}) is where a buyer who rated 4 or 5 may update their review.")
    void set(Actor actor, @PathVariable UUID shop, @RequestBody SettingBody body) {
        surveys.configure(actor, new ShopId(shop), new Surveys.Setting(body.mode(), body.delay(), body.includeEscalated(),
                body.reviewUrl(), false));
    }
}
