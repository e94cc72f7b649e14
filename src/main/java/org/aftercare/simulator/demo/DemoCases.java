package org.aftercare.simulator.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aftercare.cases.Case;
import org.aftercare.cases.CaseReason;
import org.aftercare.cases.CaseStatus;
import org.aftercare.cases.CaseType;
import org.aftercare.cases.Cases;
import org.aftercare.cases.NewCase;
import org.aftercare.logistics.ShipmentId;
import org.aftercare.orders.OrderId;
import org.aftercare.tenancy.Actor;
import org.aftercare.tenancy.Role;
import org.aftercare.tenancy.TenantId;
import org.aftercare.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A handful of cases on the demo's own troubled parcels, opened as an agent would — carrier claims
 * for lost parcels, disputes and delivered-not-received cases on delivered ones, an appeal of a
 * logistics penalty on an overdue one — so the case list, its checklists (most still missing the
 * photos only a person can add) and the win rates have something to show from the first start.
 */
@Component
class DemoCases {

    private final Cases cases;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCases(Cases cases, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns how many cases were opened. */
    int populate(TenantId tenant, UserId owner, String ownerName, long seed) {
        Actor actor = new Actor(ownerName, owner, tenant, Role.OWNER, Set.of());
        int opened = 0;
        List<Parcel> lost = parcels(tenant, "s.sub_status = 'Lost'", seed, 2);
        for (Parcel p : lost) {
            Case c = open(actor, p, CaseType.CARRIER_CLAIM, CaseReason.LOST,
                    "The carrier confirmed the parcel lost in transit.", "The carrier is liable for parcels lost in its network.",
                    "Refund of the declared value.");
            opened++;
            if (p == lost.getFirst()) {
                cases.submit(actor, c.id(), "Demo: the carrier accepts lost-parcel claims on its own loss confirmation");
                cases.recordOutcome(actor, c.id(), CaseStatus.APPROVED, c.amount().amount(), null);
            }
        }
        List<Parcel> delivered = parcels(tenant, "s.status = 'Delivered'", seed, 4);
        for (int i = 0; i < delivered.size(); i++) {
            Parcel p = delivered.get(i);
            if (i < 2) {
                Case c = open(actor, p, CaseType.PLATFORM_DISPUTE, CaseReason.DAMAGED,
                        "The buyer reports the item arrived damaged.", "The item left our warehouse intact and well packed.",
                        "Reship the item; the carrier's damage claim follows.");
                if (i == 0) {
                    cases.submit(actor, c.id(), "Demo: submitted before the packing video was found");
                    cases.recordOutcome(actor, c.id(), CaseStatus.REJECTED, BigDecimal.ZERO,
                            "No packing video or photo of the damage was provided.");
                }
            }
            else {
                open(actor, p, CaseType.DELIVERED_NOT_RECEIVED, CaseReason.DELIVERED_NOT_RECEIVED,
                        "The carrier scanned the parcel delivered; the buyer says nothing arrived.",
                        "We ask the carrier for its delivery proof (photo, GPS) and open an investigation.",
                        "Reship once the investigation is open, or refund if the carrier confirms a misdelivery.");
            }
            opened++;
        }
        for (Parcel p : parcels(tenant, "s.status <> 'Delivered' and s.promised_by < :today", seed, 1)) {
            open(actor, p, CaseType.PLATFORM_APPEAL, CaseReason.LOGISTICS_PENALTY,
                    "The platform counted this order as a late delivery.",
                    "The parcel was handed to the carrier on time; the delay happened in the carrier's network.",
                    "Remove the penalty from the shop's health score.");
            opened++;
        }
        return opened;
    }

    private Case open(Actor actor, Parcel p, CaseType type, CaseReason reason, String facts, String position,
                      String solution) {
        return cases.open(actor, new NewCase(p.order(), p.shipment(), type, reason, null, null, null,
                new Case.Statement(facts, position, solution, "en")));
    }

    private record Parcel(OrderId order, ShipmentId shipment) {
    }

    private List<Parcel> parcels(TenantId tenant, String condition, long seed, int limit) {
        return jdbc.sql("""
                        select s.order_id, s.id
                          from shipment s
                         where s.tenant_id = :tenant and s.order_id is not null and %s
                           and not exists (select 1 from dispute_case c where c.order_id = s.order_id)
                         order by md5(s.id::text || :seed)
                         limit :limit
                        """.formatted(condition))
                .param("tenant", tenant.value()).param("seed", Long.toString(seed)).param("limit", limit)
                .param("today", java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Parcel(new OrderId(rs.getObject(1, UUID.class)), new ShipmentId(rs.getObject(2, UUID.class))))
                .list();
    }
}
