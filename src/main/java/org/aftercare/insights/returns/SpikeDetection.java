package org.aftercare.insights.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.aftercare.insights.InsightsProperties.ReturnSpikes;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds SKUs whose size, quality or colour returns spike above their baseline ({@link SpikeTest})
 * and keeps one feedback item per SKU × reason group for them. Runs hourly on every instance; an
 * advisory lock lets one instance run it, a per-tenant lock serializes it with on-demand runs, and
 * the unique index on open items keeps each item single regardless. Rerunning on the same data
 * changes nothing.
 */
@Component
class SpikeDetection {

    private final SpikeCandidates candidates;
    private final SpikeSettings settings;
    private final ReturnFeedbackStore feedback;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    SpikeDetection(SpikeCandidates candidates, SpikeSettings settings, ReturnFeedbackStore feedback,
                   TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.candidates = candidates;
        this.settings = settings;
        this.feedback = feedback;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What one run did for a tenant. */
    record Run(int candidates, int raised, int updated) {
    }

    @Scheduled(cron = "${aftercare.insights.return-spikes-cron:0 40 * * * *}", zone = "UTC")
    void hourly() {
        transactions.executeWithoutResult(status -> {
            if (feedback.tryLockDailyRun()) {
                for (UUID tenant : jdbc.sql("select id from tenant order by id").query(UUID.class).list()) {
                    detect(new TenantId(tenant));
                }
            }
        });
    }

    Run detect(TenantId tenant) {
        return transactions.execute(status -> {
            feedback.lockTenant(tenant);
            Instant now = clock.instant();
            ReturnSpikes tenantSettings = settings.of(tenant);
            SpikeTest test = new SpikeTest(tenantSettings);
            List<SpikeCandidate> found = candidates.of(tenant, tenantSettings, now);
            int raised = 0;
            int updated = 0;
            for (SpikeCandidate candidate : found) {
                SpikeTest.Spike spike = test.judge(candidate.counts());
                if (spike != null) {
                    var outcome = feedback.raiseOrRefresh(tenant, candidate, spike, now);
                    if (outcome.isPresent()) {
                        if (outcome.get()) {
                            raised++;
                        }
                        else {
                            updated++;
                        }
                    }
                }
            }
            return new Run(found.size(), raised, updated);
        });
    }
}
