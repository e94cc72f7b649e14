package org.aftercare.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Append-only record of security-relevant actions: logins, tokens, grants, erasures, overrides. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Actor actor, String action, String target, String detail) {
        record(actor.tenant(), actor.name(), action, target, detail, null);
    }

    public void record(TenantId tenant, String actor, String action, String target, String detail, String remoteIp) {
        jdbc.sql("""
                insert into audit_log (tenant_id, actor, action, target, detail, remote_ip)
                values (:tenant, :actor, :action, :target, :detail, :ip)
                """)
                .param("tenant", tenant == null ? null : tenant.value())
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("detail", detail)
                .param("ip", remoteIp)
                .update();
    }
}
