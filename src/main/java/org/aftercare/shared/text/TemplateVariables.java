package org.aftercare.shared.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code has<V>} flags beside each variable {@code v}: a template tests them with an ICU
 * {@code select} ("yes" or "no") to word a sentence differently when the value is unknown.
 */
public final class TemplateVariables {

    private TemplateVariables() {
    }

    /** The variables with a FLAG variable added for each of them, in the same order. */
    public static Map<String, VariableKind> withFlags(Map<String, VariableKind> variables) {
        Map<String, VariableKind> withFlags = new LinkedHashMap<>(variables);
        variables.keySet().forEach(name -> withFlags.put(flag(name), VariableKind.FLAG));
        return java.util.Collections.unmodifiableMap(withFlags);
    }

    public static String flag(String variable) {
        return "has" + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
    }

    /** The known values plus "yes"/"no" for the flag of every non-flag variable. */
    public static Map<String, Object> flagged(Map<String, Object> values, Map<String, VariableKind> variables) {
        Map<String, Object> arguments = new LinkedHashMap<>(values);
        variables.forEach((name, kind) -> {
            if (kind != VariableKind.FLAG) {
                arguments.put(flag(name), values.containsKey(name) ? "yes" : "no");
            }
        });
        return arguments;
    }
}
