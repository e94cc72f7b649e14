-- Incident campaigns (D6): one action writes to every buyer whose parcel an incident (or a filter
-- over shipments) holds up, with an adjusted timeline and an optional coupon.
--
-- A campaign's notices are ordinary notice rows (notice.campaign_id), inserted QUEUED with
-- next_attempt_at null: the outbox leaves them alone until the campaign's pacer releases them at
-- the campaign's rate (next_attempt_at = now). Pausing stops releasing; cancelling deletes the
-- notices not yet released or leased. The send key is incident:<incident>:<buyer> for a campaign
-- over an incident and campaign:<campaign>:<buyer> for one over a filter, so neither a rerun nor
-- a second campaign over the same incident writes to a buyer twice.

create table campaign (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    name               text not null,
    incident_id        uuid,
    filter             jsonb,
    scenario           text not null,
    reason             text,
    eta_from           date,
    eta_to             date,
    delay_days         int check (delay_days between 1 and 90),
    next_update_at     timestamptz,
    coupon_amount      numeric(12, 2) check (coupon_amount > 0),
    coupon_currency    text,
    rate_per_minute    int not null check (rate_per_minute between 1 and 100000),
    status             text not null check (status in ('DRAFT', 'SENDING', 'PAUSED', 'CANCELLED', 'DONE')),
    affected_buyers    int not null default 0,
    queued             int not null default 0,
    already_told       int not null default 0,
    dropped            int not null default 0,
    released_at        timestamptz,
    created_at         timestamptz not null,
    created_by         text not null,
    sent_at            timestamptz,
    sent_by            text,
    finished_at        timestamptz,
    check ((incident_id is null) <> (filter is null))
);
create index campaign_list on campaign (tenant_id, created_at desc);
create index campaign_sending on campaign (status) where status = 'SENDING';

-- The pacer takes a campaign's held notices in order; progress and the report count by campaign.
create index notice_campaign_held on notice (campaign_id, created_at) where status = 'QUEUED' and next_attempt_at is null;
create index notice_campaign on notice (campaign_id, status) where campaign_id is not null;

-- The buyer's zone, checked when the campaign rendered the notice, so the pacer can keep the
-- buyer's quiet hours without reading the buyer again (null for notices written one at a time,
-- which apply quiet hours when they are written).
alter table notice add column zone text;

-- A campaign's coupon is granted (remedies' offers and cost ledger) for each notice that was
-- really sent: a row per notice with a coupon waits here until the pacer grants it, or drops it
-- when the notice failed or was cancelled (the row goes with the notice).
create table campaign_coupon (
    notice_id    uuid primary key references notice (id) on delete cascade,
    campaign_id  uuid not null references campaign (id),
    tenant_id    uuid not null references tenant (id),
    order_id     uuid not null,
    granted_at   timestamptz
);
create index campaign_coupon_pending on campaign_coupon (campaign_id) where granted_at is null;
