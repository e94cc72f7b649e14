package org.aftercare.outreach.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aftercare.outreach.NoticeTemplates;
import org.aftercare.outreach.Scenario;
import org.aftercare.outreach.TemplateText;
import org.aftercare.outreach.TemplateVersion;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.ShopId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A shop's notice templates over the API: the texts in force, their versions, and a new version. */
@RestController
@RequestMapping(path = "/api/v1/outreach/shops/{shop}/templates/{scenario}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outreach templates", description = "Notice texts per scenario and language, ICU MessageFormat")
class TemplateApiController {

    private final NoticeTemplates templates;

    TemplateApiController(NoticeTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "The texts in force per language (the shop's own, else the built-in library)")
    Map<String, TemplateText> current(Actor actor, @PathVariable UUID shop, @PathVariable Scenario scenario) {
        return templates.current(actor, new ShopId(shop), scenario);
    }

    @GetMapping("/versions")
    List<TemplateVersion> versions(Actor actor, @PathVariable UUID shop, @PathVariable Scenario scenario) {
        return templates.versions(actor, new ShopId(shop), scenario);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the next version (managers)",
            description = "Body: {\"de\": {\"subject\": …, \"body\": …}, …}. Every language given must parse and render; "
                    + "an unknown variable or broken syntax is a 400 naming the field, the variable and line and column.")
    TemplateVersion save(Actor actor, @PathVariable UUID shop, @PathVariable Scenario scenario,
                         @RequestBody Map<String, TemplateText> texts) {
        return templates.save(actor, new ShopId(shop), scenario, texts);
    }
}
