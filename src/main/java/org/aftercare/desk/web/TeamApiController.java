package org.aftercare.desk.web;

import java.util.List;
import java.util.UUID;

import org.aftercare.desk.Teams;
import org.aftercare.tenancy.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "Desk teams", description = "Local teams per market or language, agents and their shifts")
class TeamApiController {

    private final Teams teams;

    TeamApiController(Teams teams) {
        this.teams = teams;
    }

    record Created(UUID id) {
    }

    @GetMapping("/teams")
    List<Teams.Team> list(Actor actor) {
        return teams.list(actor);
    }

    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a team", description = "markets: ISO countries (empty = any); languages: ISO 639-1 "
            + "(empty = any); method ROUND_ROBIN or LEAST_LOADED; senior = takes escalated tickets; members: agent ids.")
    Created create(Actor actor, @RequestBody Teams.TeamForm form) {
        return new Created(teams.create(actor, form));
    }

    @PutMapping("/teams/{id}")
    void update(Actor actor, @PathVariable UUID id, @RequestBody Teams.TeamForm form) {
        teams.update(actor, id, form);
    }

    @DeleteMapping("/teams/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable UUID id) {
        teams.delete(actor, id);
    }

    @GetMapping("/agents")
    @Operation(summary = "Agents, whether they are on shift, and their open tickets")
    List<Teams.Agent> agents(Actor actor) {
        return teams.agents(actor);
    }

    record ShiftBody(UUID user, boolean onShift) {
    }

    @PutMapping("/shift")
    @Operation(summary = "Start or end a shift", description = "user defaults to the caller; managers may set anyone's.")
    void shift(Actor actor, @RequestBody ShiftBody body) {
        teams.shift(actor, body.user() != null ? body.user() : actor.user() == null ? null : actor.user().value(),
                body.onShift());
    }
}
