package org.aftercare.logistics.carriers;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.aftercare.tenancy.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/carrier-contacts")
@Tag(name = "Carrier contacts", description = "Who to reach at each carrier, per country, and the claim window")
class CarrierContactApiController {

    private final CarrierContacts contacts;

    CarrierContactApiController(CarrierContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "List contacts", description = "country also matches contacts for any country.")
    List<CarrierContact> list(Actor actor, @RequestParam(required = false) String carrier,
                              @RequestParam(required = false) String country) {
        return contacts.list(actor, carrier, country);
    }

    @GetMapping("/{id}")
    CarrierContact get(Actor actor, @PathVariable UUID id) {
        return contacts.get(actor, id);
    }

    @PostMapping
    @Operation(summary = "Add a contact", description = "channel: email, phone, portal, wechat or other. Managers and owners.")
    ResponseEntity<CarrierContact> add(Actor actor, @RequestBody CarrierContactRequest request) {
        CarrierContact contact = contacts.add(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/carrier-contacts/" + contact.id())).body(contact);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a contact")
    CarrierContact update(Actor actor, @PathVariable UUID id, @RequestBody CarrierContactRequest request) {
        return contacts.update(actor, id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        contacts.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}
