-- The desk: buyers' conversations as tickets.
-- A contact is whoever writes to a shop on one channel (a known buyer of orders or not: an unknown
-- sender creates a contact, never an error). A ticket groups the messages of one contact about one
-- matter, an order when known. ticket_message holds what the buyer wrote, what agents replied and
-- internal notes, in time order; ticket_event is the ticket's history (status, assignment,
-- escalation, SLA warnings), which the reports and the SLA clocks read.

create table desk_contact (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    shop_id     uuid not null references shop (id),
    channel     text not null check (channel in ('EMAIL', 'TIKTOK_CHAT', 'API')),
    address     text not null,
    buyer_id    uuid references buyer (id),
    name        text,
    language    text,
    erased_at   timestamptz,
    created_at  timestamptz not null,
    unique (shop_id, channel, address)
);
create index desk_contact_tenant on desk_contact (tenant_id);
create index desk_contact_buyer on desk_contact (buyer_id) where buyer_id is not null;

create table desk_team (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    name               text not null,
    markets            text[] not null default '{}',
    languages          text[] not null default '{}',
    method             text not null default 'LEAST_LOADED' check (method in ('ROUND_ROBIN', 'LEAST_LOADED')),
    senior             boolean not null default false,
    last_assigned_user uuid references app_user (id),
    created_at         timestamptz not null,
    unique (tenant_id, name)
);

create table desk_team_member (
    team_id    uuid not null references desk_team (id) on delete cascade,
    user_id    uuid not null references app_user (id),
    tenant_id  uuid not null references tenant (id),
    primary key (team_id, user_id)
);
create index desk_team_member_user on desk_team_member (tenant_id, user_id);

-- Whether an agent is on shift now; only agents on shift receive tickets.
create table desk_agent_shift (
    tenant_id   uuid not null references tenant (id),
    user_id     uuid not null references app_user (id),
    on_shift    boolean not null,
    changed_at  timestamptz not null,
    primary key (tenant_id, user_id)
);

create sequence ticket_number;

create table ticket (
    id                        uuid primary key,
    tenant_id                 uuid not null references tenant (id),
    shop_id                   uuid not null references shop (id),
    number                    bigint not null default nextval('ticket_number') unique,
    market                    char(2) not null,
    channel                   text not null check (channel in ('EMAIL', 'TIKTOK_CHAT', 'API')),
    contact_id                uuid not null references desk_contact (id),
    order_id                  uuid references orders (id),
    follow_up_of              uuid references ticket (id),
    -- what the order is made of, copied when the order is linked: contact reasons per SKU and carrier
    skus                      text[] not null default '{}',
    carriers                  text[] not null default '{}',
    subject                   text not null,
    status                    text not null check (status in ('NEW', 'OPEN', 'PENDING_BUYER', 'PENDING_CARRIER',
                                                              'PENDING_WAREHOUSE', 'SOLVED', 'CLOSED')),
    priority                  text not null check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    language                  text not null,
    language_supported        boolean not null,
    intent                    text not null,
    risk                      int not null check (risk between 0 and 100),
    risk_reasons              text[] not null default '{}',
    escalated_at              timestamptz,
    team_id                   uuid references desk_team (id),
    assignee_id               uuid references app_user (id),
    message_count             int not null default 0,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    last_inbound_at           timestamptz,
    last_reply_at             timestamptz,
    first_replied_at          timestamptz,
    solved_at                 timestamptz,
    closed_at                 timestamptz,
    reopened                  int not null default 0,
    -- SLA clocks: due times of the running metrics, the earliest of them (the inbox sorts by it),
    -- and when the sweep must look at the ticket again (75 %, 90 %, breach).
    first_response_due_at     timestamptz,
    next_response_due_at      timestamptz,
    resolution_due_at         timestamptz,
    platform_response_due_at  timestamptz,
    sla_due_at                timestamptz,
    sla_next_check_at         timestamptz,
    sla_breaches              text[] not null default '{}',
    -- warnings already raised, as METRIC:PERCENT (FIRST_RESPONSE:75), so each is raised once
    sla_warnings              text[] not null default '{}'
);
-- The inbox lists open tickets of a tenant by SLA due; solved and closed tickets are the bulk of
-- the table and stay out of these indexes.
create index ticket_inbox on ticket (tenant_id, sla_due_at, created_at)
    where status not in ('SOLVED', 'CLOSED');
create index ticket_inbox_assignee on ticket (tenant_id, assignee_id, sla_due_at)
    where status not in ('SOLVED', 'CLOSED');
create index ticket_tenant_updated on ticket (tenant_id, updated_at desc);
create index ticket_tenant_created on ticket (tenant_id, created_at);
create index ticket_contact on ticket (contact_id, created_at desc);
create index ticket_order on ticket (order_id) where order_id is not null;
create index ticket_sla_check on ticket (sla_next_check_at) where sla_next_check_at is not null;
create index ticket_solved on ticket (solved_at) where status = 'SOLVED';

create table ticket_message (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    ticket_id       uuid not null references ticket (id),
    kind            text not null check (kind in ('INBOUND', 'REPLY', 'NOTE')),
    channel         text not null check (channel in ('EMAIL', 'TIKTOK_CHAT', 'API')),
    -- the provider's id of the message (e-mail Message-ID, TikTok message id, API idempotency key):
    -- the same message delivered twice is stored once
    external_id     text,
    author_user_id  uuid references app_user (id),
    author_name     text,
    body            text not null,
    language        text,
    intent          text,
    risk            int,
    explanation     text[],
    delivery        text check (delivery in ('QUEUED', 'SENT', 'FAILED')),
    delivery_error  text,
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    at              timestamptz not null,
    created_at      timestamptz not null
);
create unique index ticket_message_external on ticket_message (tenant_id, channel, external_id)
    where external_id is not null;
create index ticket_message_ticket on ticket_message (ticket_id, at);
create index ticket_message_outbox on ticket_message (next_attempt_at) where delivery = 'QUEUED';

-- Files a buyer sent. Kept with their SHA-256 so the evidence archive can take them over as
-- evidence items; the type is detected from the content, never from the name.
create table ticket_attachment (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    message_id  uuid not null references ticket_message (id),
    file_name   text not null,
    media_type  text not null,
    size_bytes  bigint not null,
    sha256      char(64) not null,
    content     bytea not null,
    created_at  timestamptz not null
);
create index ticket_attachment_message on ticket_attachment (message_id);

create table ticket_event (
    id          bigint generated always as identity primary key,
    tenant_id   uuid not null references tenant (id),
    ticket_id   uuid not null references ticket (id),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    from_value  text,
    to_value    text,
    detail      text
);
create index ticket_event_ticket on ticket_event (ticket_id, at);
