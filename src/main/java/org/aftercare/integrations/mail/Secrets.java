package org.aftercare.integrations.mail;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Passwords and signing secrets of a tenant's integrations come from the environment of the
 * process, never from the database: the configuration only names the variable. The name must
 * start with {@value #PREFIX}, so a tenant cannot point us at another of the process's variables
 * (the database password, say) and have it sent to a server of their choosing.
 */
@Component
public class Secrets {

    public static final String PREFIX = "AFTERCARE_SECRET_";
    private static final Pattern NAME = Pattern.compile(PREFIX + "[A-Z0-9_]{1,100}");

    private final Environment environment;

    Secrets(Environment environment) {
        this.environment = environment;
    }

    /** Throws naming the field when the name is not an allowed variable name. */
    public static void checkName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(field + ": required, the name of the environment variable that holds the secret");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(field + ": must be an environment variable name starting with " + PREFIX
                    + " (upper-case letters, digits, '_'), got '" + name + "'");
        }
    }

    /** The variable's value; also read from a system property of that name (how tests and some hosts pass it). */
    public Optional<String> value(String name) {
        return Optional.ofNullable(environment.getProperty(name)).filter(v -> !v.isEmpty());
    }

    /** The value, or an error a manager can act on. */
    public String require(String field, String name) {
        return value(name).orElseThrow(() -> new MissingSecret(field + ": environment variable " + name
                + " is not set on the server; set it and restart, or name another variable"));
    }

    /** A configured secret variable is not set: the mailbox or outlet cannot work until it is. */
    public static class MissingSecret extends RuntimeException {

        MissingSecret(String message) {
            super(message);
        }
    }
}
