-- Returns (issue 7): a buyer's request to return (or keep and be refunded for) lines of an order,
-- the decision taken on it with the rule that made it, and the refunds it leads to.

create sequence return_number;

create table return_request (
    id               uuid primary key,
    tenant_id        uuid not null references tenant (id),
    shop_id          uuid not null references shop (id),
    order_id         uuid not null references orders (id),
    number           bigint not null default nextval('return_number') unique,
    market           char(2) not null,
    -- where it came from: the platform (its return id in external_id), the API, or a desk ticket
    source           text not null check (source in ('TIKTOK_SHOP', 'API', 'DESK')),
    external_id      text,
    ticket_id        uuid,
    status           text not null,
    comment          text,
    requested_at     timestamptz not null,
    -- the delivery the return window counts from
    delivered_at     timestamptz,
    -- the decision: its action, the rule that made it and why, in words an agent can act on
    decision         text,
    decision_rule    text,
    decision_reason  text,
    decided_at       timestamptz,
    decided_by       text,
    -- the platform's review clock: a request not answered by then is approved by the platform
    review_due_at    timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create unique index return_request_external on return_request (tenant_id, source, external_id) where external_id is not null;
create index return_request_tenant_review on return_request (tenant_id, review_due_at) where decided_at is null;
create index return_request_order on return_request (order_id);
create index return_request_tenant_requested on return_request (tenant_id, requested_at);

-- One returned order line. reason: SIZE_MISMATCH, COLOUR_DIFFERENCE, MISSING_PARTS, DAMAGED,
-- QUALITY_DEFECT, NOT_AS_DESCRIBED, WRONG_ITEM, ARRIVED_LATE, CHANGED_MIND, OTHER.
create table return_line (
    return_id      uuid not null references return_request (id) on delete cascade,
    line_no        int not null,
    tenant_id      uuid not null references tenant (id),
    order_line_no  int not null,
    sku            text not null,
    quantity       int not null check (quantity > 0),
    reason         text not null check (reason in ('SIZE_MISMATCH', 'COLOUR_DIFFERENCE', 'MISSING_PARTS', 'DAMAGED',
                                                   'QUALITY_DEFECT', 'NOT_AS_DESCRIBED', 'WRONG_ITEM', 'ARRIVED_LATE',
                                                   'CHANGED_MIND', 'OTHER')),
    unit_value     numeric(19, 4) not null check (unit_value >= 0),
    currency       char(3) not null,
    primary key (return_id, line_no)
);
create index return_line_tenant_sku on return_line (tenant_id, sku);

create table refund (
    id                  uuid primary key,
    tenant_id           uuid not null references tenant (id),
    return_id           uuid references return_request (id),
    order_id            uuid not null references orders (id),
    amount              numeric(19, 4) not null check (amount > 0),
    currency            char(3) not null,
    method              text not null,
    status              text not null check (status in ('QUEUED', 'PAID', 'FAILED', 'CANCELLED')),
    platform_reference  text,
    reason              text,
    created_at          timestamptz not null,
    paid_at             timestamptz
);
create index refund_tenant_created on refund (tenant_id, created_at);
create index refund_return on refund (return_id);
