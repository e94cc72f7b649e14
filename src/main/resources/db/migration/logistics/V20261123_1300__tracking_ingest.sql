-- Ingestion from any source: raw carrier statuses that no mapping knows are kept with a null
-- status (and listed as unmapped), events dated in the future are kept and flagged, and a
-- shipment knows whether it carries a hot product (ad-promoted or livestream), which tightens
-- its STALLED threshold.

alter table tracking_event alter column status drop not null;
alter table tracking_event add column future boolean not null default false;
create index tracking_event_unmapped on tracking_event (tenant_id, provider, raw_status) where status is null;

alter table shipment add column hot boolean not null default false;
alter table shipment add column updated_at timestamptz not null default now();

-- Maps a provider's raw status string to our vocabulary. tenant_id null = shipped default;
-- a tenant's own row for the same provider and raw status wins.
create table status_mapping (
    id          uuid primary key,
    tenant_id   uuid references tenant (id),
    provider    text not null,
    raw_status  text not null,
    status      text not null,
    sub_status  text,
    milestone   text,
    updated_at  timestamptz not null default now(),
    updated_by  text not null,
    unique nulls not distinct (tenant_id, provider, raw_status)
);

create index shipment_last_mile_tracking_number on shipment (last_mile_tracking_number) where last_mile_tracking_number is not null;

-- The ETA model: remaining transit time from each milestone to delivery, per carrier and lane,
-- from delivered history (refreshed periodically). Below the minimum sample the configured
-- defaults apply.
create table transit_stat (
    carrier_code         text not null,
    origin_country       char(2) not null,
    destination_country  char(2) not null,
    from_milestone       text not null,
    samples              int not null,
    p50                  interval not null,
    p90                  interval not null,
    computed_at          timestamptz not null,
    primary key (carrier_code, origin_country, destination_country, from_milestone)
);

-- Where a shipment came from: the seller's order system (API, CSV, platform, simulator) or a
-- tracking provider that reported a parcel nobody had registered yet. A later registration of the
-- same tracking number adopts the discovered shipment.
alter table shipment add column source text not null default 'ORDER_SYSTEM'
    check (source in ('ORDER_SYSTEM', 'TRACKING_PROVIDER'));
