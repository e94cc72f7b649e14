-- SLA clocks of the desk: the teams' business calendars and the tenant's SLA policies.

-- A team's business time: weekly hours in a zone ("Mon-Fri 09:00-12:30,13:30-18:00; Sat 10:00-14:00"),
-- minus the public holidays of a country (Jollyday) and extra closed days.
create table desk_calendar (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    name            text not null check (length(name) between 1 and 100),
    zone            text not null,
    holiday_country char(2),
    hours           text not null,
    closed_days     date[] not null default '{}',
    updated_at      timestamptz not null default now(),
    updated_by      text not null,
    unique (tenant_id, name)
);

-- A promise per shop x market x channel x priority (criteria left null match everything). The most
-- specific enabled policy applies (weights shop 8, market 4, channel 2, priority 1); the unique index
-- keeps two enabled policies from naming the same criteria. Targets are business minutes; a null
-- target is not tracked. The clock runs on calendar_id, on calendar hours, or (neither) on the
-- shop's own hours with its market's holidays. pause_statuses pause the business clocks; by
-- default only PENDING_BUYER, since waiting on a carrier or a warehouse is still the seller's time.
create table sla_policy (
    id                     uuid primary key,
    tenant_id              uuid not null references tenant (id),
    name                   text not null check (length(name) between 1 and 100),
    shop_id                uuid references shop (id) on delete cascade,
    market                 char(2),
    channel                text check (channel in ('EMAIL', 'TIKTOK_CHAT', 'API')),
    priority               text check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    first_response_minutes integer check (first_response_minutes > 0),
    next_response_minutes  integer check (next_response_minutes > 0),
    resolution_minutes     integer check (resolution_minutes > 0),
    calendar_id            uuid references desk_calendar (id),
    calendar_hours         boolean not null default false,
    pause_statuses         text[] not null default '{PENDING_BUYER}'
        check (pause_statuses <@ array['PENDING_BUYER', 'PENDING_CARRIER', 'PENDING_WAREHOUSE']),
    enabled                boolean not null default true,
    updated_at             timestamptz not null default now(),
    updated_by             text not null,
    unique (tenant_id, name),
    check (not (calendar_hours and calendar_id is not null)),
    check (coalesce(first_response_minutes, next_response_minutes, resolution_minutes) is not null)
);

create unique index sla_policy_criteria on sla_policy (tenant_id, shop_id, market, channel, priority)
    nulls not distinct where enabled;
create index sla_policy_calendar on sla_policy (calendar_id) where calendar_id is not null;
