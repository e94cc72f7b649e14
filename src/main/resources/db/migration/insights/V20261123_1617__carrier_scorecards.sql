-- Carrier scorecards, pre-aggregated per tenant and period (calendar month or ISO week, UTC) by
-- one set-based query over logistics' shipments and monitoring's alerts, and refreshed whenever
-- a period's shipments or alerts change (docs/decisions/002). Reads are then a lookup; exact
-- percentiles over a million shipments take seconds, which a page cannot wait for.

-- One row per carrier × destination × period, for one shop (shop_id) and for all shops (null).
-- Durations: {p50, p90} in hours; door_to_door {p10, p25, p50, p75, p90} in days; null without samples.
create table carrier_scorecard (
    tenant_id            uuid not null references tenant (id),
    period               text not null check (period in ('MONTH', 'WEEK')),
    period_start         date not null,
    shop_id              uuid references shop (id),
    carrier_code         text not null,
    destination_country  char(2) not null,
    shipments            int not null,
    delivered            int not null,
    pickup_lag           double precision[],
    export_customs       double precision[],
    import_customs       double precision[],
    line_haul            double precision[],
    last_mile            double precision[],
    door_to_door         double precision[],
    promised             int not null,
    on_time              int not null,
    exceptions           int not null,
    lost                 int not null,
    returned             int not null,
    alerts               int not null,
    computed_at          timestamptz not null
);
create unique index carrier_scorecard_key on carrier_scorecard
    (tenant_id, period, period_start, destination_country, carrier_code, shop_id) nulls not distinct;

-- Periods whose shipments or alerts changed since their scorecards were computed.
create table carrier_scorecard_stale (
    tenant_id     uuid not null references tenant (id),
    period        text not null,
    period_start  date not null,
    marked_at     timestamptz not null default now(),
    primary key (tenant_id, period, period_start)
);

-- Every period that already has shipments starts stale, so the first refresh computes it.
insert into carrier_scorecard_stale (tenant_id, period, period_start)
select distinct tenant_id, p.period, p.period_start
  from shipment
 cross join lateral (values ('MONTH', date_trunc('month', shipped_at, 'UTC')::date),
                            ('WEEK', date_trunc('week', shipped_at, 'UTC')::date)) as p (period, period_start);

-- A duration that comes out negative (milestones reported out of order) is no duration at all.
create function nonnegative(x double precision) returns double precision
    language sql immutable parallel safe
    return case when x >= 0 then x end;
