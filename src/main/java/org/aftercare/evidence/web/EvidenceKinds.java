package org.aftercare.evidence.web;

import java.util.List;

import org.aftercare.evidence.EvidenceKind;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The kinds offered by the upload widget ({@code evidence/parts :: upload}), on every console page, so
 * that another module's page (a case) can include the widget without knowing about them.
 */
@ControllerAdvice(annotations = Controller.class)
class EvidenceKinds {

    private static final List<EvidenceKind> KINDS = List.of(EvidenceKind.values());

    @ModelAttribute("evidenceKinds")
    List<EvidenceKind> evidenceKinds() {
        return KINDS;
    }
}
