-- A shop's mailbox: the desk reads buyers' e-mail from it over IMAP and sends agents' replies
-- through its SMTP server. The password is never stored: password_variable names the
-- environment variable that holds it (one password for IMAP and SMTP, as mail hosts issue them).
-- uid_validity and last_uid remember how far the IMAP inbox has been read, so a poll fetches
-- only new mail; when the server changes UIDVALIDITY the inbox is read again from the start and
-- the desk's per-Message-ID idempotency keeps that harmless.
create table mailbox (
    id                  uuid primary key,
    tenant_id           uuid not null references tenant (id),
    shop_id             uuid not null references shop (id) unique,
    address             text not null,
    display_name        text,
    imap_host           text not null,
    imap_port           int not null check (imap_port between 1 and 65535),
    imap_security       text not null check (imap_security in ('TLS', 'STARTTLS', 'NONE')),
    imap_user           text not null,
    smtp_host           text not null,
    smtp_port           int not null check (smtp_port between 1 and 65535),
    smtp_security       text not null check (smtp_security in ('TLS', 'STARTTLS', 'NONE')),
    smtp_user           text,
    password_variable   text not null,
    enabled             boolean not null default true,
    version             int not null default 1,
    uid_validity        bigint,
    last_uid            bigint not null default 0,
    polling_until       timestamptz,
    last_poll_at        timestamptz,
    last_error          text,
    received            bigint not null default 0,
    skipped             bigint not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index mailbox_tenant on mailbox (tenant_id);
create index mailbox_enabled on mailbox (last_poll_at) where enabled;

-- A message the intake could not turn into a ticket message, with the reason; the poll moved on.
create table mail_intake_failure (
    id           uuid primary key,
    tenant_id    uuid not null references tenant (id),
    mailbox_id   uuid not null references mailbox (id),
    uid_validity bigint not null,
    uid          bigint not null,
    message_id   text,
    sender       text,
    subject      text,
    reason       text not null,
    at           timestamptz not null,
    unique (mailbox_id, uid_validity, uid)
);
create index mail_intake_failure_mailbox on mail_intake_failure (mailbox_id, at desc);

-- Where a shop's TikTok Shop chat replies go until the TikTok connector exists: an HTTPS endpoint
-- of the seller's, called with the reply as JSON and an HMAC-SHA256 signature of the body under
-- the secret held in the named environment variable.
create table chat_outlet (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    shop_id           uuid not null references shop (id) unique,
    url               text not null,
    secret_variable   text not null,
    enabled           boolean not null default true,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index chat_outlet_tenant on chat_outlet (tenant_id);
