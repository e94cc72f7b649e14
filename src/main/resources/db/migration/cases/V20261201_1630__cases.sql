-- Cases (issue 6): disputes, carrier claims, appeals and delivered-not-received cases built on an
-- order's evidence, with their checklist, deadline, submissions, outcome and history.

create sequence case_number;

create table dispute_case (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    shop_id            uuid not null references shop (id),
    order_id           uuid not null references orders (id),
    shipment_id        uuid,
    number             bigint not null default nextval('case_number') unique,
    type               text not null check (type in ('PLATFORM_DISPUTE', 'CARRIER_CLAIM', 'PLATFORM_APPEAL',
                                                     'DELIVERED_NOT_RECEIVED')),
    reason             text not null,
    venue              text not null check (venue in ('TIKTOK_SHOP', 'CARRIER')),
    market             char(2) not null,
    carrier_code       text,
    -- the platform's or carrier's own reference, when known
    external_ref       text,
    status             text not null check (status in ('OPEN', 'SUBMITTED', 'APPROVED', 'PARTIALLY_APPROVED',
                                                       'REJECTED', 'WITHDRAWN')),
    priority           text not null default 'NORMAL' check (priority in ('NORMAL', 'HIGH', 'URGENT')),
    -- what is at stake and what came back
    amount             numeric(19, 4) not null check (amount >= 0),
    currency           char(3) not null,
    recovered          numeric(19, 4) check (recovered >= 0),
    -- the venue's words on a rejection (or partial approval), kept for the resubmission
    venue_reason       text,
    -- the seller's position and proposed solution, for the dossier
    facts              text,
    position           text,
    solution           text,
    language           text not null default 'en',
    -- the deadline and the sweep's marks on the way to it
    window_starts_at   timestamptz not null,
    deadline_at        timestamptz not null,
    warn_at            timestamptz not null,
    escalate_at        timestamptz not null,
    warned_at          timestamptz,
    escalated_at       timestamptz,
    opened_at          timestamptz not null,
    opened_by          text not null,
    submitted_at       timestamptz,
    closed_at          timestamptz,
    updated_at         timestamptz not null,
    version            int not null default 0
);
create index dispute_case_tenant_deadline on dispute_case (tenant_id, deadline_at) where closed_at is null;
create index dispute_case_order on dispute_case (tenant_id, order_id);
-- One case of a type and reason per order until it is closed: a repeated request opens nothing new.
create unique index dispute_case_one_open on dispute_case (tenant_id, order_id, type, reason) where closed_at is null;
create index dispute_case_sweep on dispute_case (least(warn_at, escalate_at)) where closed_at is null and escalated_at is null;

-- Everything that happened to a case, in order: opened, evidence pulled, submission refused,
-- override, submitted, outcome, loss decision, warning, escalation.
create table case_event (
    id          bigserial primary key,
    tenant_id   uuid not null references tenant (id),
    case_id     uuid not null references dispute_case (id) on delete cascade,
    at          timestamptz not null,
    actor       text not null,
    kind        text not null,
    detail      text
);
create index case_event_case on case_event (case_id, id);

-- Each time a case went to its venue: what was missing then and, if anything was, the manager's
-- written reason for sending it anyway.
create table case_submission (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    case_id          uuid not null references dispute_case (id) on delete cascade,
    attempt          int not null,
    submitted_at     timestamptz not null,
    submitted_by     text not null,
    missing          text[] not null default '{}',
    override_reason  text,
    unique (case_id, attempt)
);

-- The agent's answer to the accept-the-loss recommendation (R10), with the figures they saw.
create table case_loss_decision (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    case_id            uuid not null references dispute_case (id) on delete cascade,
    decision           text not null check (decision in ('REFUND', 'FIGHT')),
    recommended        text not null check (recommended in ('REFUND', 'FIGHT')),
    cost_of_fighting   numeric(19, 4) not null,
    cost_of_refunding  numeric(19, 4) not null,
    currency           char(3) not null,
    note               text,
    decided_at         timestamptz not null,
    decided_by         text not null
);
create index case_loss_decision_case on case_loss_decision (case_id);

-- A shop's own checklist for a case type × reason, replacing the default one (CaseChecklists).
create table case_checklist (
    tenant_id   uuid not null references tenant (id),
    shop_id     uuid not null references shop (id),
    type        text not null,
    reason      text not null,
    required    text[] not null,
    optional    text[] not null,
    updated_at  timestamptz not null,
    updated_by  text not null,
    primary key (tenant_id, shop_id, type, reason)
);

-- A shop's overrides of CasesProperties; a null column keeps the default.
create table case_settings (
    tenant_id                    uuid not null references tenant (id),
    shop_id                      uuid not null references shop (id),
    dispute_reply_business_days  int check (dispute_reply_business_days between 1 and 30),
    appeal_days                  int check (appeal_days between 1 and 90),
    carrier_claim_days           int check (carrier_claim_days between 1 and 365),
    warn_business_days           int check (warn_business_days between 0 and 30),
    accept_loss_below            numeric(19, 4) check (accept_loss_below >= 0),
    hourly_cost                  numeric(19, 4) check (hourly_cost >= 0),
    updated_at                   timestamptz not null,
    updated_by                   text not null,
    primary key (tenant_id, shop_id)
);
