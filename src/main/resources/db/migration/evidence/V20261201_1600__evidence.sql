-- The evidence archive. Items are append-only: a corrected file is a new row; rows go only when purged
-- after their retention. The bytes live in the file store (local disk or S3) under their SHA-256.

create table evidence_item (
    id             uuid primary key,
    tenant_id      uuid not null references tenant (id),
    order_id       uuid not null references orders (id),
    shipment_id    uuid,
    case_ref       uuid,
    kind           text not null,
    file_name      text not null,
    media_type     text not null,
    size_bytes     bigint not null check (size_bytes > 0),
    sha256         char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    captured_at    timestamptz not null,
    source         text not null,
    stored_at      timestamptz not null,
    stored_by      text not null,
    generated      boolean not null default false,
    thumbnail      bytea,
    -- the same bytes added twice to one order are one item
    unique (tenant_id, order_id, sha256)
);
create index evidence_item_case on evidence_item (tenant_id, case_ref) where case_ref is not null;
-- is a blob still referenced by any item, before the store deletes it
create index evidence_item_sha on evidence_item (sha256);

-- One row per order with evidence: its shop (for the retention setting) and its last activity, from
-- which the retention counts. Kept up to date by the archive; the purge job re-checks shipments and
-- conversations before deleting.
create table evidence_order (
    order_id         uuid primary key references orders (id),
    tenant_id        uuid not null references tenant (id),
    shop_id          uuid not null references shop (id),
    last_activity_at timestamptz not null
);
create index evidence_order_activity on evidence_order (last_activity_at);

-- Legal holds: while any row exists for an order, none of its evidence is purged.
create table evidence_hold (
    tenant_id uuid not null references tenant (id),
    order_id  uuid not null references orders (id),
    holder    text not null,
    held_at   timestamptz not null,
    primary key (order_id, holder)
);
create index evidence_hold_tenant on evidence_hold (tenant_id, order_id);

-- A shop's retention, when it differs from the default; never below 180 days.
create table evidence_retention (
    shop_id        uuid primary key references shop (id),
    tenant_id      uuid not null references tenant (id),
    retention_days int not null check (retention_days >= 180),
    updated_at     timestamptz not null,
    updated_by     text not null
);
