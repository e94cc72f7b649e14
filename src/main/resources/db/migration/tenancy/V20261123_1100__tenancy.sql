-- Tenants, shops, users, memberships, API tokens and the audit log.
-- A tenant is a seller, or one client of an agency; every business table carries tenant_id.

create table tenant (
    id          uuid primary key,
    name        text not null,
    kind        text not null check (kind in ('SELLER', 'AGENCY_CLIENT')),
    agency      text,
    created_at  timestamptz not null default now()
);

create table shop (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    platform           text not null default 'TIKTOK_SHOP',
    platform_shop_id   text,
    name               text not null,
    market             char(2) not null,
    currency           char(3) not null,
    time_zone          text not null,
    buyer_languages    text[] not null,
    business_hours     text not null default 'Mon-Fri 09:00-18:00',
    created_at         timestamptz not null default now(),
    unique (tenant_id, name)
);
create index shop_tenant on shop (tenant_id);

create table app_user (
    id             uuid primary key,
    email          text not null,
    display_name   text not null,
    password_hash  text not null,
    locale         text not null default 'en',
    time_zone      text not null default 'UTC',
    enabled        boolean not null default true,
    created_at     timestamptz not null default now()
);
create unique index app_user_email on app_user (lower(email));

-- A user's role in one tenant. An agency user holds several memberships and switches between them.
-- markets: null = all markets of the tenant; otherwise the ISO countries an agent serves.
create table membership (
    user_id     uuid not null references app_user (id),
    tenant_id   uuid not null references tenant (id),
    role        text not null check (role in ('OWNER', 'MANAGER', 'AGENT', 'VIEWER')),
    markets     text[],
    created_at  timestamptz not null default now(),
    primary key (user_id, tenant_id)
);
create index membership_tenant on membership (tenant_id);

-- Bearer tokens for /api/v1. Only the SHA-256 of the token is stored; the token is shown once.
create table api_token (
    id            uuid primary key,
    tenant_id     uuid not null references tenant (id),
    name          text not null,
    token_hash    char(64) not null unique,
    token_prefix  text not null,
    role          text not null check (role in ('OWNER', 'MANAGER', 'AGENT', 'VIEWER')),
    created_by    uuid references app_user (id),
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_tenant on api_token (tenant_id);

-- Security-relevant actions. tenant_id is null for actions outside a tenant (a failed login).
create table audit_log (
    id          bigint generated always as identity primary key,
    tenant_id   uuid references tenant (id),
    actor       text not null,
    action      text not null,
    target      text,
    detail      text,
    remote_ip   text,
    at          timestamptz not null default now()
);
create index audit_log_tenant_at on audit_log (tenant_id, at desc);
