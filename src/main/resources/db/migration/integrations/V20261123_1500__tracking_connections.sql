-- A tenant's connections to tracking aggregators. The webhook URL is /hooks/<provider>/<id>; the
-- secret verifies the provider's signature (17TRACK: its API security key; AfterShip: the
-- webhook secret).
create table tracking_connection (
    id          text primary key check (id ~ '^[A-Za-z0-9_-]{6,64}$'),
    tenant_id   uuid not null references tenant (id),
    provider    text not null check (provider in ('17track', 'aftership')),
    name        text not null,
    secret      text not null,
    created_at  timestamptz not null default now(),
    disabled_at timestamptz
);
create index tracking_connection_tenant on tracking_connection (tenant_id);

-- Every accepted webhook delivery, raw, as the provider sent it: nothing received is lost, and a
-- delivery can be replayed after a mapping is fixed.
create table webhook_delivery (
    id             bigint generated always as identity primary key,
    tenant_id      uuid not null references tenant (id),
    connection_id  text not null references tracking_connection (id),
    received_at    timestamptz not null,
    body           text not null,
    events         int not null,
    stored         int not null,
    rejected       int not null,
    report         text
);
create index webhook_delivery_connection on webhook_delivery (connection_id, received_at desc);
