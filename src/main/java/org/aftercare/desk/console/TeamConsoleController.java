package org.aftercare.desk.console;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aftercare.desk.Teams;
import org.aftercare.tenancy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's teams: which markets and languages each covers, how it shares tickets out, whether
 * it is the senior (escalation) team, and its members with their shift and load. Everyone reads;
 * managers and owners change.
 */
@Controller
class TeamConsoleController {

    private final Teams teams;

    TeamConsoleController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/desk/settings/teams")
    String teams(Actor actor, @RequestParam(required = false) UUID edit, Model model) {
        List<Teams.Team> all = teams.list(actor);
        model.addAttribute("teams", all.stream().map(TeamRow::of).toList());
        model.addAttribute("agents", teams.agents(actor));
        model.addAttribute("methods", Teams.Method.values());
        model.addAttribute("editing", all.stream().filter(t -> t.id().equals(edit)).findFirst().map(TeamRow::of).orElse(null));
        model.addAttribute("canManage", actor.role().canManage());
        return "desk/teams";
    }

    @PostMapping("/desk/settings/teams")
    String create(Actor actor, TeamFields fields, RedirectAttributes redirect) {
        try {
            teams.create(actor, fields.form());
            redirect.addFlashAttribute("notice", "desk.teams.notice.created");
        }
        catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("actionError", "desk.error.refused");
            redirect.addFlashAttribute("actionDetail", refused.getMessage());
        }
        return "redirect:/desk/settings/teams";
    }

    @PostMapping("/desk/settings/teams/{id}")
    String update(Actor actor, @PathVariable UUID id, TeamFields fields, RedirectAttributes redirect) {
        try {
            teams.update(actor, id, fields.form());
            redirect.addFlashAttribute("notice", "desk.teams.notice.updated");
        }
        catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("actionError", "desk.error.refused");
            redirect.addFlashAttribute("actionDetail", refused.getMessage());
            return "redirect:/desk/settings/teams?edit=" + id;
        }
        return "redirect:/desk/settings/teams";
    }

    @PostMapping("/desk/settings/teams/{id}/delete")
    String delete(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        teams.delete(actor, id);
        redirect.addFlashAttribute("notice", "desk.teams.notice.deleted");
        return "redirect:/desk/settings/teams";
    }

    /** A team with its markets and languages as one sorted line each ("AT, DE"). */
    record TeamRow(Teams.Team team, String markets, String languages) {

        static TeamRow of(Teams.Team team) {
            return new TeamRow(team, team.markets().stream().sorted().collect(Collectors.joining(", ")),
                    team.languages().stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    /** The team form as posted: markets and languages as comma-separated codes. */
    record TeamFields(String name, String markets, String languages, Teams.Method method, Boolean senior,
                      List<UUID> members) {

        Teams.TeamForm form() {
            return new Teams.TeamForm(name, codes(markets), codes(languages), method, Boolean.TRUE.equals(senior),
                    members == null ? Set.of() : new LinkedHashSet<>(members));
        }

        private static Set<String> codes(String text) {
            if (text == null || text.isBlank()) {
                return Set.of();
            }
            return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank())
                    .map(s -> s.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
