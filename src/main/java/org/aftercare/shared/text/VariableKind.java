package org.aftercare.shared.text;

/** What a template variable holds, which decides the ICU argument styles that suit it. */
public enum VariableKind {
    TEXT("{name}"), DATE("{name, date, ::dMMMM}"), COUNT("{name, plural, one {# …} other {# …}}"),
    MONEY("{name, number, currency}"), FLAG("{name, select, yes {…} other {…}}");

    private final String example;

    VariableKind(String example) {
        this.example = example;
    }

    /** How to write a variable of this kind, for error messages. */
    public String example(String variable) {
        return example.replace("name", variable);
    }
}
