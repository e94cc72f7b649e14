package org.aftercare.evidence.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes evidence past its retention every night. Safe on several instances: each file is deleted
 * under its content lock, and a second instance finds the rows gone.
 */
@Component
class PurgeJob {

    private static final Logger log = LoggerFactory.getLogger(PurgeJob.class);

    private final Retention retention;

    PurgeJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${aftercare.evidence.purge-cron:0 17 3 * * *}")
    void run() {
        int deleted = retention.purgeExpired();
        if (deleted > 0) {
            log.info("Evidence purge: {} files past retention deleted", deleted);
        }
    }
}
