package org.aftercare.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Recurring work (the alert sweep, statistics refreshes) runs on every instance; each job is
 * written so that several instances running it at once do no harm. Tests switch it off and call
 * the jobs themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "aftercare.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
