-- Reply scripts a tenant wrote or adapted (macros). Every save is a new version; the highest
-- version is in force. A script with the id of a built-in one overrides it in the languages it has.
create table desk_script_version (
    tenant_id  uuid        not null references tenant (id),
    script_id  text        not null,
    version    integer     not null,
    title      text        not null,
    intents    text[]      not null,
    texts      jsonb       not null, -- {"de": "<ICU MessageFormat>", "fr": …}
    saved_by   text        not null,
    saved_at   timestamptz not null,
    primary key (tenant_id, script_id, version)
);

-- SOP articles per issue category, read by agents beside a ticket. The shipped articles are
-- copied into a tenant on first use (default_key says which one), then edited freely.
create table kb_article (
    id          uuid        primary key,
    tenant_id   uuid        not null references tenant (id),
    intent      text        not null,
    language    text        not null,
    title       text        not null,
    body        text        not null,
    default_key text,
    updated_by  text        not null,
    updated_at  timestamptz not null
);
create unique index kb_article_shipped on kb_article (tenant_id, default_key, language) where default_key is not null;
create index kb_article_by_intent on kb_article (tenant_id, intent, language);

-- Anonymized copies of well-handled conversations, for training. The source ticket is only a
-- reference (no foreign key): erasing the ticket or the buyer must not touch the library.
create table case_library_entry (
    id               uuid        primary key,
    tenant_id        uuid        not null references tenant (id),
    source_ticket_id uuid,
    intent           text        not null,
    language         text        not null,
    tags             text[]      not null default '{}',
    transcript       jsonb       not null, -- [{"role": "BUYER", "text": "…"}, …]
    created_by       text        not null,
    created_at       timestamptz not null
);
create index case_library_by_tenant on case_library_entry (tenant_id, created_at desc);
create index case_library_by_tag on case_library_entry using gin (tags);
