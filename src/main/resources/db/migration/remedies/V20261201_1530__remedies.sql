-- Remedies (issue 4 item 5): the compensation policy per shop × market, offers and the cost ledger.

-- A shop's overrides of the module defaults (RemedyDefaults) for one market; a null column keeps
-- the default. Money is in the shop's currency.
create table remedy_policy (
    tenant_id                      uuid not null references tenant (id),
    shop_id                        uuid not null references shop (id),
    market                         char(2) not null,
    coupon_from_days_late          int check (coupon_from_days_late >= 1),
    partial_refund_after_days_late int check (partial_refund_after_days_late >= 1),
    partial_refund_percent         int check (partial_refund_percent between 1 and 100),
    exchange_first                 boolean,
    buyer_cap_days                 int check (buyer_cap_days >= 1),
    coupon                         numeric(19, 4) check (coupon >= 0),
    upgraded_shipping              numeric(19, 4) check (upgraded_shipping >= 0),
    refund_lost_up_to              numeric(19, 4) check (refund_lost_up_to >= 0),
    cap_per_order                  numeric(19, 4) check (cap_per_order >= 0),
    cap_per_buyer                  numeric(19, 4) check (cap_per_buyer >= 0),
    cap_per_month                  numeric(19, 4) check (cap_per_month >= 0),
    approval_above                 numeric(19, 4) check (approval_above >= 0),
    updated_at                     timestamptz not null,
    updated_by                     text not null,
    primary key (tenant_id, shop_id, market)
);

-- An offer to a buyer about one order. alert_id is set when monitoring's alert proposed it: one
-- offer per alert (the unique index makes a redelivered AlertRaised a no-op).
create table offer (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    shop_id         uuid not null references shop (id),
    market          char(2) not null,
    order_id        uuid not null references orders (id),
    order_number    text not null,
    buyer_id        uuid,
    alert_id        uuid,
    shipment_id     uuid,
    carrier_code    text,
    tier            text not null,
    kind            text not null check (kind in ('COUPON', 'PARTIAL_REFUND', 'FULL_REFUND', 'UPGRADED_SHIPPING',
                                                  'RESHIP', 'PRIORITY_RESHIP', 'PHONE_APOLOGY')),
    alternative     text,
    amount          numeric(19, 4) not null check (amount >= 0),
    currency        char(3) not null,
    percent         int,
    days_late       int,
    lost            boolean not null default false,
    reason          text not null,
    override        boolean not null default false,
    state           text not null check (state in ('PROPOSED', 'APPROVAL_REQUIRED', 'GRANTED', 'DECLINED', 'EXPIRED')),
    approval_needed text[] not null default '{}',
    proposed_by     text not null,
    proposed_at     timestamptz not null,
    expires_at      timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text
);
create unique index offer_one_per_alert on offer (tenant_id, alert_id) where alert_id is not null;
create index offer_tenant_order on offer (tenant_id, order_id);
create index offer_open on offer (tenant_id, proposed_at) where state in ('PROPOSED', 'APPROVAL_REQUIRED');
create index offer_expiring on offer (expires_at) where state in ('PROPOSED', 'APPROVAL_REQUIRED');

-- Which offer answers an alert: the one the alert proposed, or the order's open or granted offer
-- of the same or a higher tier that already covers the delay (a parcel raising LATE_RISK and then
-- NO_PICKUP gets one coupon, not two). One row per alert.
create table offer_alert (
    tenant_id uuid not null references tenant (id),
    alert_id  uuid not null,
    offer_id  uuid not null references offer (id),
    primary key (tenant_id, alert_id)
);

-- What delays cost: one row per granted offer and SKU of the order (the offer's amount split over
-- the lines by their value), so totals per SKU add up to the grants. Never updated.
create table remedy_ledger (
    id            bigint generated always as identity primary key,
    tenant_id     uuid not null references tenant (id),
    shop_id       uuid not null references shop (id),
    offer_id      uuid not null references offer (id),
    order_id      uuid not null,
    order_number  text not null,
    buyer_id      uuid,
    carrier_code  text,
    sku           text not null,
    kind          text not null,
    amount        numeric(19, 4) not null check (amount >= 0),
    currency      char(3) not null,
    reason        text not null,
    granted_by    text not null,
    granted_at    timestamptz not null,
    unique (offer_id, sku)
);
create index remedy_ledger_tenant_time on remedy_ledger (tenant_id, granted_at);
create index remedy_ledger_order on remedy_ledger (tenant_id, order_id);
create index remedy_ledger_buyer on remedy_ledger (tenant_id, buyer_id, granted_at) where buyer_id is not null;
create index remedy_ledger_shop_time on remedy_ledger (tenant_id, shop_id, granted_at);
