-- The tenant's carrier directory (who to write to, and how long a claim may wait) and the tickets
-- opened with carriers about a shipment, with the carrier's statement as evidence.

create table carrier_contact (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    carrier_code       text not null references carrier (code),
    country            char(2),   -- null: any country
    channel            text not null check (channel in ('EMAIL', 'PHONE', 'PORTAL', 'WECHAT', 'OTHER')),
    value              text not null,
    claim_window_days  int check (claim_window_days between 1 and 3650),
    notes              text,
    updated_at         timestamptz not null,
    updated_by         text not null
);
create index carrier_contact_tenant on carrier_contact (tenant_id, carrier_code, country);

create table carrier_ticket (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    shipment_id       uuid not null references shipment (id),
    carrier_code      text not null,
    ticket_number     text not null,
    status            text not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    opened_at         timestamptz not null,
    answered_at       timestamptz,
    closed_at         timestamptz,
    statement         text,
    attachment        bytea,
    attachment_name   text,
    attachment_type   text,
    attachment_size   int,
    created_by        text not null,
    answered_by       text,
    closed_by         text,
    unique (tenant_id, carrier_code, ticket_number)
);
create index carrier_ticket_shipment on carrier_ticket (shipment_id, opened_at);
