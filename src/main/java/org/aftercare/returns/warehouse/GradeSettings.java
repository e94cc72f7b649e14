package org.aftercare.returns.warehouse;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What each QC grade means to a tenant and how much of a line's value it refunds: {@link QcGrade}'s defaults, overridden per tenant. */
@Service
public class GradeSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    GradeSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param customized whether the tenant changed the default */
    public record GradeSetting(QcGrade grade, String meaning, int refundPercent, boolean customized) {
    }

    public Map<QcGrade, GradeSetting> of(TenantId tenant) {
        Map<QcGrade, GradeSetting> settings = new EnumMap<>(QcGrade.class);
        for (QcGrade grade : QcGrade.values()) {
            settings.put(grade, new GradeSetting(grade, grade.defaultMeaning(), grade.defaultRefundPercent(), false));
        }
        jdbc.sql("select grade, meaning, refund_percent from return_grade_setting where tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(rs -> {
                    QcGrade grade = QcGrade.valueOf(rs.getString("grade"));
                    Integer percent = (Integer) rs.getObject("refund_percent");
                    String meaning = rs.getString("meaning");
                    settings.put(grade, new GradeSetting(grade, meaning == null ? grade.defaultMeaning() : meaning,
                            percent == null ? grade.defaultRefundPercent() : percent, true));
                });
        return settings;
    }

    public List<GradeSetting> list(TenantId tenant) {
        return List.copyOf(of(tenant).values());
    }

    /** A manager's meaning and refund share for one grade; null fields return to the default. */
    public GradeSetting save(Actor actor, QcGrade grade, String meaning, Integer refundPercent) {
        actor.requireManage();
        if (refundPercent != null && (refundPercent < 0 || refundPercent > 100)) {
            throw new IllegalArgumentException("refundPercent: between 0 and 100, not " + refundPercent);
        }
        if (meaning != null && meaning.strip().length() > 200) {
            throw new IllegalArgumentException("meaning: at most 200 characters");
        }
        jdbc.sql("""
                        insert into return_grade_setting (tenant_id, grade, meaning, refund_percent, updated_at, updated_by)
                        values (:tenant, :grade, :meaning, :percent, :now, :by)
                        on conflict (tenant_id, grade) do update
                           set meaning = excluded.meaning, refund_percent = excluded.refund_percent,
                               updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("tenant", actor.tenant().value()).param("grade", grade.name())
                .param("meaning", meaning == null || meaning.isBlank() ? null : meaning.strip())
                .param("percent", refundPercent)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .update();
        return of(actor.tenant()).get(grade);
    }
}
