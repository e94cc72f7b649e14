package org.aftercare.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Currency;

import org.aftercare.shared.NotFound;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.AuditLog;
import org.aftercare.tenancy.Shop;
import org.aftercare.tenancy.ShopId;
import org.aftercare.tenancy.Shops;
import org.aftercare.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link CasesProperties} with a shop's overrides (table case_settings; a null column keeps the default). */
@Service
public class ShopCaseSettings {

    private final JdbcClient jdbc;
    private final CasesProperties defaults;
    private final Shops shops;
    private final AuditLog audit;
    private final Clock clock;

    ShopCaseSettings(JdbcClient jdbc, CasesProperties defaults, Shops shops, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.shops = shops;
        this.audit = audit;
        this.clock = clock;
    }

    public CaseSettings effective(TenantId tenant, ShopId shop, String market, Currency currency) {
        return CaseSettings.of(defaults, market, currency, overrides(tenant, shop));
    }

    public CaseSettings effective(TenantId tenant, Shop shop) {
        return effective(tenant, shop.id(), shop.market(), shop.currency());
    }

    public CaseSettings.Overrides overrides(TenantId tenant, ShopId shop) {
        return jdbc.sql("select * from case_settings where tenant_id = :tenant and shop_id = :shop")
                .param("tenant", tenant.value()).param("shop", shop.value())
                .query((rs, row) -> new CaseSettings.Overrides((Integer) rs.getObject("dispute_reply_business_days"),
                        (Integer) rs.getObject("appeal_days"), (Integer) rs.getObject("carrier_claim_days"),
                        (Integer) rs.getObject("warn_business_days"), rs.getBigDecimal("accept_loss_below"),
                        rs.getBigDecimal("hourly_cost")))
                .optional().orElse(CaseSettings.Overrides.NONE);
    }

    /** Replaces the shop's overrides (managers); a field left out returns to the default. */
    public CaseSettings save(Actor actor, ShopId shopId, CaseSettings.Overrides o) {
        actor.requireManage();
        Shop shop = shops.find(actor.tenant(), shopId).orElseThrow(() -> new NotFound("Shop", shopId));
        jdbc.sql("""
                        insert into case_settings (tenant_id, shop_id, dispute_reply_business_days, appeal_days,
                               carrier_claim_days, warn_business_days, accept_loss_below, hourly_cost, updated_at, updated_by)
                        values (:tenant, :shop, :reply, :appeal, :claim, :warn, :threshold, :hourly, :now, :by)
                        on conflict (tenant_id, shop_id) do update
                        set dispute_reply_business_days = excluded.dispute_reply_business_days,
                            appeal_days = excluded.appeal_days, carrier_claim_days = excluded.carrier_claim_days,
                            warn_business_days = excluded.warn_business_days,
                            accept_loss_below = excluded.accept_loss_below, hourly_cost = excluded.hourly_cost,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("tenant", actor.tenant().value()).param("shop", shopId.value())
                .param("reply", o.disputeReplyBusinessDays()).param("appeal", o.appealDays())
                .param("claim", o.carrierClaimDays()).param("warn", o.warnBusinessDays())
                .param("threshold", o.acceptLossBelow()).param("hourly", o.hourlyCost())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.name())
                .update();
        audit.record(actor, "cases.settings.save", shopId.toString(), o.toString());
        return effective(actor.tenant(), shop);
    }
}
