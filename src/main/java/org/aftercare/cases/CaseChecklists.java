package org.aftercare.cases;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.aftercare.evidence.EvidenceKind;
import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The evidence checklist a shop's cases are held to: {@link DefaultChecklists}, or the shop's own
 * checklist for a type × reason (table case_checklist), which managers set and reset.
 */
@Service
public class CaseChecklists {

    private final JdbcClient jdbc;
    private final Shops shops;
    private final AuditLog audit;
    private final Clock clock;

    CaseChecklists(JdbcClient jdbc, Shops shops, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.shops = shops;
        this.audit = audit;
        this.clock = clock;
    }

    public EvidenceChecklist effective(TenantId tenant, ShopId shop, CaseType type, CaseReason reason) {
        type.requireReason(reason);
        return own(tenant, shop, type, reason).orElseGet(() -> DefaultChecklists.of(type, reason));
    }

    /** Every type × reason of the shop, its own checklist where it has one. */
    public List<EvidenceChecklist> all(TenantId tenant, ShopId shop) {
        List<EvidenceChecklist> all = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (CaseReason reason : type.reasons()) {
                all.add(effective(tenant, shop, type, reason));
            }
        }
        return all;
    }

    /** Replaces the checklist of a type × reason for one shop (managers). */
    public EvidenceChecklist save(Actor actor, ShopId shop, CaseType type, CaseReason reason, List<EvidenceKind> required,
                                  List<EvidenceKind> optional) {
        actor.requireManage();
        requireShop(actor, shop);
        EvidenceChecklist checklist = new EvidenceChecklist(type, reason, required, optional == null ? List.of() : optional,
                true);
        jdbc.sql("""
                        insert into case_checklist (tenant_id, shop_id, type, reason, required, optional, updated_at, updated_by)
                        values (:tenant, :shop, :type, :reason, :required, :optional, :now, :by)
                        on conflict (tenant_id, shop_id, type, reason) do update
                        set required = excluded.required, optional = excluded.optional,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("tenant", actor.tenant().value()).param("shop", shop.value())
                .param("type", type.name()).param("reason", reason.name())
                .param("required", names(checklist.required())).param("optional", names(checklist.optional()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .update();
        audit.record(actor, "cases.checklist.save", shop + "/" + type + "/" + reason,
                "required " + checklist.required() + ", optional " + checklist.optional());
        return checklist;
    }

    /** Back to the default checklist (managers). */
    public EvidenceChecklist reset(Actor actor, ShopId shop, CaseType type, CaseReason reason) {
        actor.requireManage();
        requireShop(actor, shop);
        type.requireReason(reason);
        jdbc.sql("delete from case_checklist where tenant_id = :tenant and shop_id = :shop and type = :type and reason = :reason")
                .param("tenant", actor.tenant().value()).param("shop", shop.value())
                .param("type", type.name()).param("reason", reason.name())
                .update();
        audit.record(actor, "cases.checklist.reset", shop + "/" + type + "/" + reason, null);
        return DefaultChecklists.of(type, reason);
    }

    private Optional<EvidenceChecklist> own(TenantId tenant, ShopId shop, CaseType type, CaseReason reason) {
        return jdbc.sql("""
                        select required, optional from case_checklist
                        where tenant_id = :tenant and shop_id = :shop and type = :type and reason = :reason
                        """)
                .param("tenant", tenant.value()).param("shop", shop.value())
                .param("type", type.name()).param("reason", reason.name())
                .query((rs, row) -> new EvidenceChecklist(type, reason, kinds(rs.getArray("required")),
                        kinds(rs.getArray("optional")), true))
                .optional();
    }

    private void requireShop(Actor actor, ShopId shop) {
        shops.find(actor.tenant(), shop).orElseThrow(() -> new NotFound("Shop", shop));
    }

    private static String[] names(List<EvidenceKind> kinds) {
        return kinds.stream().map(Enum::name).toArray(String[]::new);
    }

    private static List<EvidenceKind> kinds(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(EvidenceKind::valueOf).toList();
    }
}
