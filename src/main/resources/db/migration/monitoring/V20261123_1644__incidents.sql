-- Incidents: many parcels of one carrier and destination stalled at the same place (a hub backlog,
-- a customs hold, a missed flight). One open incident per (tenant, carrier, destination, location)
-- whatever number of instances detect it at once; its members are the stalled parcels, kept in
-- sync while it is open and left as they were when it resolves.
create table incident (
    id                   uuid primary key,
    tenant_id            uuid not null references tenant (id),
    carrier_code         text not null,
    destination_country  char(2) not null,
    location             text not null,
    leg                  text,
    first_detected_at    timestamptz not null,
    last_detected_at     timestamptz not null,
    parcels              int not null,
    status               text not null check (status in ('OPEN', 'RESOLVED')),
    resolved_at          timestamptz
);
create unique index incident_one_open on incident (tenant_id, carrier_code, destination_country, location)
    where status = 'OPEN';
create index incident_board on incident (tenant_id, status, first_detected_at desc);

create table incident_member (
    incident_id  uuid not null references incident (id),
    shipment_id  uuid not null references shipment (id),
    tenant_id    uuid not null references tenant (id),
    joined_at    timestamptz not null,
    primary key (incident_id, shipment_id)
);

-- The detection reads the open stall alerts only.
create index alert_open_stall on alert (shipment_id) where status <> 'RESOLVED' and rule in ('STALLED', 'CUSTOMS_DWELL');
