-- Outreach: notices written to buyers before they ask, the promises they make, and the outbox
-- that delivers them.
--
-- A notice row is also its outbox entry: it is inserted QUEUED (or PROPOSED for an agent to
-- approve) in the transaction that decides to write, with the rendered subject and body, and the
-- dispatcher leases due rows (status QUEUED, next_attempt_at <= now) with FOR UPDATE SKIP LOCKED.
-- send_key makes every way of creating a notice idempotent: alert:<alert>:<scenario>,
-- follow-up:<promise>, campaign:<campaign>:<buyer>:<scenario>, manual:<key>. A campaign queues its
-- notices with one insert … select … on conflict (tenant_id, send_key) do nothing.

create table notice (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    shop_id            uuid not null references shop (id),
    order_id           uuid references orders (id),
    shipment_id        uuid references shipment (id),
    buyer_id           uuid references buyer (id),
    alert_id           uuid,
    campaign_id        uuid,
    send_key           text not null,
    scenario           text not null,
    reason             text,
    channel            text not null check (channel in ('EMAIL', 'TIKTOK_MESSAGE', 'SMS')),
    recipient          text,
    recipient_name     text,
    language           text not null,
    language_wanted    text,
    subject            text not null,
    body               text not null,
    coupon_amount      numeric(12, 2),
    coupon_currency    text,
    next_update_at     timestamptz,
    status             text not null check (status in ('PROPOSED', 'QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    follow_up          boolean not null default false,
    attempts           int not null default 0,
    next_attempt_at    timestamptz,
    last_error         text,
    created_at         timestamptz not null,
    created_by         text not null,
    sent_at            timestamptz,
    decided_by         text,
    unique (tenant_id, send_key)
);
create index notice_due on notice (next_attempt_at) where status = 'QUEUED';
create index notice_order on notice (tenant_id, order_id, created_at);
create index notice_list on notice (tenant_id, created_at desc);
create index notice_buyer_recent on notice (buyer_id, created_at) where not follow_up and status in ('QUEUED', 'SENT');

-- The next-update promise a notice made ("we will write again on Thursday, 14:00"). The sweep
-- keeps it at due_at; a promise still open at due_at + grace is BROKEN and raises an alert.
create table notice_promise (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    notice_id          uuid not null unique references notice (id),
    shipment_id        uuid references shipment (id),
    due_at             timestamptz not null,
    status             text not null check (status in ('OPEN', 'KEPT', 'BROKEN', 'CANCELLED')),
    kept_by            uuid references notice (id),
    closed_at          timestamptz,
    note               text
);
create index notice_promise_due on notice_promise (due_at) where status = 'OPEN';

-- A shop's notice templates: every saved version kept, the highest in force. texts holds
-- {"de": {"subject": …, "body": …}, …}; a language not in it comes from the built-in library.
create table notice_template_version (
    tenant_id          uuid not null references tenant (id),
    shop_id            uuid not null references shop (id),
    scenario           text not null,
    version            int not null,
    texts              jsonb not null,
    saved_by           text not null,
    saved_at           timestamptz not null,
    primary key (shop_id, scenario, version)
);

-- A shop's outreach settings; null columns take the defaults of OutreachProperties.
create table outreach_shop_settings (
    shop_id            uuid primary key references shop (id),
    tenant_id          uuid not null references tenant (id),
    channels           text[],
    quiet_from         time,
    quiet_until        time,
    max_per_day        int,
    policies           jsonb not null default '{}'
);
