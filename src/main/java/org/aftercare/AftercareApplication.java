package org.aftercare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Aftercare: after-sales operations for cross-border TikTok Shop sellers. One deployable, many
 * modules; each top-level package below this one is a module (see docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class AftercareApplication {

    public static void main(String[] args) {
        SpringApplication.run(AftercareApplication.class, args);
    }
}
