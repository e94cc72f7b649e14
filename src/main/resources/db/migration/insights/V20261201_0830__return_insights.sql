-- Return insights (issue 7, R6, R15): feedback items raised when a SKU's size-, quality- or
-- colour-related return rate spikes above its baseline, and each tenant's overrides of the
-- detection defaults (aftercare.insights.return-spikes.*). Rates themselves are computed at read
-- time from orders, order_line, return_request and return_line.

create table return_feedback (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    sku               text not null,
    product           text not null,
    -- the market where most of the recent returns of this reason group came from
    market            char(2),
    reason_group      text not null check (reason_group in ('SIZE', 'QUALITY', 'COLOUR')),
    -- OWN: the SKU's previous 90 days; ALL_SKUS: the tenant's rate over all SKUs (a new SKU)
    baseline_kind     text not null check (baseline_kind in ('OWN', 'ALL_SKUS')),
    recent_units      bigint not null,
    recent_returns    bigint not null,
    baseline_units    bigint not null,
    baseline_returns  bigint not null,
    recent_rate       double precision not null,
    baseline_rate     double precision not null,
    z_score           double precision not null,
    p_value           double precision not null,
    addressed_to      text[] not null,
    suggested_action  text not null,
    status            text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'DONE')),
    detected_at       timestamptz not null,
    updated_at        timestamptz not null,
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    done_at           timestamptz,
    done_by           text
);
-- One item per SKU × reason group until it is done; re-detection updates that item.
create unique index return_feedback_open on return_feedback (tenant_id, sku, reason_group) where status <> 'DONE';
create index return_feedback_tenant_status on return_feedback (tenant_id, status, detected_at desc);

-- A tenant's overrides; a null column keeps the default.
create table return_spike_settings (
    tenant_id      uuid primary key references tenant (id),
    recent_days    int check (recent_days between 7 and 180),
    baseline_days  int check (baseline_days between 28 and 730),
    min_units      int check (min_units >= 1),
    min_returns    int check (min_returns >= 1),
    min_ratio      double precision check (min_ratio >= 1),
    max_p_value    double precision check (max_p_value > 0 and max_p_value < 1),
    updated_at     timestamptz not null,
    updated_by     text not null
);

-- Return rates join a period's order lines to their returns by order: return_request_order and
-- the return_line primary key already serve that; the lines of a tenant's period come from
-- orders_tenant_placed. Returns looked up by order and line need nothing more.
