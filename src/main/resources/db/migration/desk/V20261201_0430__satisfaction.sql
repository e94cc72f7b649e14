-- After a resolution (R12): a satisfaction survey on the ticket's channel, and for a happy buyer an
-- invitation to update their review. Per shop: OFF, SURVEY or SURVEY_THEN_REVIEW, sent a while
-- after the ticket was solved (default 24 h), never for an escalated ticket unless the shop says so.

create table desk_satisfaction_setting (
    shop_id           uuid primary key references shop (id),
    tenant_id         uuid not null references tenant (id),
    mode              text not null check (mode in ('OFF', 'SURVEY', 'SURVEY_THEN_REVIEW')),
    delay_minutes     int not null check (delay_minutes between 0 and 43200),
    include_escalated boolean not null,
    review_url        text,
    updated_at        timestamptz not null
);

create table desk_survey (
    id           uuid primary key,
    tenant_id    uuid not null references tenant (id),
    ticket_id    uuid not null unique references ticket (id),
    token        text not null unique,
    language     text not null,
    sent_at      timestamptz not null,
    rating       int check (rating between 1 and 5),
    comment      text,
    answered_at  timestamptz
);
create index desk_survey_tenant on desk_survey (tenant_id, sent_at);
