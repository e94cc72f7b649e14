-- Alert thresholds per scope, the due-time watch of every active shipment, alerts and their history.

-- Threshold overrides. A row applies to the shipments matching all of its non-null scope columns;
-- for each threshold the most specific row that sets it wins, else the defaults of the brief.
create table alert_setting (
    id                       uuid primary key,
    tenant_id                uuid not null references tenant (id),
    shop_id                  uuid references shop (id),
    carrier_code             text references carrier (code),
    origin_country           char(2),
    destination_country      char(2),
    no_pickup_after          interval,
    no_pickup_business_days  boolean,
    customs_dwell            interval,
    customs_business_days    boolean,
    stalled_after            interval,
    stalled_after_hot        interval,
    stalled_business_days    boolean,
    late_risk_probability    numeric(3, 2) check (late_risk_probability > 0 and late_risk_probability <= 1),
    disabled_rules           text[] not null default '{}',
    updated_at               timestamptz not null default now(),
    updated_by               text not null,
    unique nulls not distinct (tenant_id, shop_id, carrier_code, origin_country, destination_country)
);

-- The next instant at which a rule may fire for a shipment if it does not move. The sweep takes
-- only due rows, so its cost follows the number of due shipments, not the fleet.
create table shipment_watch (
    shipment_id   uuid primary key references shipment (id),
    tenant_id     uuid not null references tenant (id),
    due_at        timestamptz,
    assessed_at   timestamptz not null
);
create index shipment_watch_due on shipment_watch (due_at) where due_at is not null;

create table alert (
    id                   uuid primary key,
    tenant_id            uuid not null references tenant (id),
    shop_id              uuid not null references shop (id),
    shipment_id          uuid not null references shipment (id),
    tracking_number      text not null,
    carrier_code         text not null,
    origin_country       char(2) not null,
    destination_country  char(2) not null,
    rule                 text not null,
    severity             text not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status               text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    reason               text not null,
    probability          numeric(4, 3),
    leg                  text,
    last_location        text,
    due_at               timestamptz not null,
    raised_at            timestamptz not null,
    owner                text,
    acknowledged_at      timestamptz,
    acknowledged_by      text,
    resolved_at          timestamptz,
    resolved_by          text,
    resolution           text
);
-- One open alert per rule per shipment, whatever number of instances raise it at once.
create unique index alert_one_open_per_rule on alert (shipment_id, rule) where status <> 'RESOLVED';
create index alert_board on alert (tenant_id, status, raised_at desc);
create index alert_tracking_number on alert (tenant_id, tracking_number);

create table alert_history (
    id         bigint generated always as identity primary key,
    alert_id   uuid not null references alert (id),
    tenant_id  uuid not null references tenant (id),
    at         timestamptz not null,
    actor      text not null,
    action     text not null,
    note       text
);
create index alert_history_alert on alert_history (alert_id, at);

-- One alert per occurrence: a rule's due time identifies it, so an alert an agent resolved by hand
-- is not raised again while the parcel stays as it was.
create unique index alert_one_per_occurrence on alert (shipment_id, rule, due_at);
