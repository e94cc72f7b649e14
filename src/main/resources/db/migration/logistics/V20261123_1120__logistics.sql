-- Carriers, shipments and their tracking events.
-- A shipment's status, sub-status and milestone times are derived from its events by event time
-- (ShipmentProgress), so duplicates and reordering cannot corrupt them.

create table carrier (
    code                  text primary key,
    name                  text not null,
    kind                  text not null check (kind in ('CROSS_BORDER', 'POSTAL', 'EXPRESS', 'LAST_MILE')),
    tracking_url          text
);

create table shipment (
    id                         uuid primary key,
    tenant_id                  uuid not null references tenant (id),
    shop_id                    uuid not null references shop (id),
    order_id                   uuid references orders (id),
    tracking_number            text not null,
    carrier_code               text not null references carrier (code),
    last_mile_carrier_code     text references carrier (code),
    last_mile_tracking_number  text,
    origin_country             char(2) not null,
    destination_country        char(2) not null,
    service                    text,
    shipped_at                 timestamptz not null,
    promised_from              date,
    promised_by                date,
    status                     text not null default 'InfoReceived',
    sub_status                 text,
    last_event_at              timestamptz,
    last_location              text,
    picked_up_at               timestamptz,
    export_customs_at          timestamptz,
    departed_origin_at         timestamptz,
    arrived_destination_at     timestamptz,
    import_customs_started_at  timestamptz,
    import_customs_cleared_at  timestamptz,
    last_mile_handover_at      timestamptz,
    out_for_delivery_at        timestamptz,
    first_attempt_at           timestamptz,
    delivered_at               timestamptz,
    returned_at                timestamptz,
    created_at                 timestamptz not null default now(),
    unique (tenant_id, carrier_code, tracking_number)
);
create index shipment_tenant_shipped on shipment (tenant_id, shipped_at desc);
create index shipment_order on shipment (order_id);
create index shipment_tracking_number on shipment (tracking_number);

-- Idempotent by (tenant, provider, provider_event_id): a redelivered event changes nothing.
-- shipment_id is null while no shipment with that tracking number is known yet.
create table tracking_event (
    tenant_id          uuid not null references tenant (id),
    shipment_id        uuid references shipment (id),
    tracking_number    text not null,
    provider           text not null,
    provider_event_id  text not null,
    occurred_at        timestamptz not null,
    occurred_zone      text,
    location           text,
    raw_status         text,
    description        text,
    status             text not null,
    sub_status         text,
    milestone          text,
    received_at        timestamptz not null default now(),
    primary key (tenant_id, provider, provider_event_id)
);
create index tracking_event_shipment_time on tracking_event (shipment_id, occurred_at);
create index tracking_event_unlinked on tracking_event (tenant_id, tracking_number) where shipment_id is null;
