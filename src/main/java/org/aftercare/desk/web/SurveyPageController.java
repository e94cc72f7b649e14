package org.aftercare.desk.web;

import java.util.Map;

import org.aftercare.desk.satisfaction.BuyerTexts;
import org.aftercare.desk.satisfaction.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The buyer's survey page, reached by the link in the survey message; the token is the only key. */
@Controller
class SurveyPageController {

    private static final String[] KEYS = {"title", "question", "rating.1", "rating.2", "rating.3", "rating.4", "rating.5",
            "comment", "submit", "thanks", "answered", "review", "review.link", "invalid"};

    private final Surveys surveys;

    SurveyPageController(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/buyer/survey/{token}")
    String show(@PathVariable String token, Model model) {
        var survey = surveys.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(model, survey, false, false);
    }

    @PostMapping("/buyer/survey/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) Integer rating,
                  @RequestParam(required = false) String comment, Model model) {
        var survey = surveys.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (rating == null || rating < 1 || rating > 5) {
            return page(model, survey, false, true);
        }
        boolean first = !survey.answered();
        return page(model, surveys.answer(token, rating, comment), first, false);
    }

    private static String page(Model model, Surveys.Survey survey, boolean justAnswered, boolean error) {
        Map<String, String> texts = BuyerTexts.page(survey.language(), "survey.", KEYS);
        model.addAttribute("t", texts);
        model.addAttribute("survey", survey);
        model.addAttribute("language", survey.language());
        model.addAttribute("justAnswered", justAnswered);
        model.addAttribute("error", error);
        return "buyer/survey";
    }
}
