package org.aftercare.shared.text;

/** What is wrong with a template text, with its position; the caller prefixes the field ("texts.de"). */
public class TemplateProblem extends IllegalArgumentException {

    public TemplateProblem(String message) {
        super(message);
    }
}
