-- Returns, first slice (issue 7): who asked (for the buyer's return history), who pays the return
-- shipping, the exchange the buyer wants, and each shop's return policy per market.

alter table return_request add column buyer_id uuid;
alter table return_request add column return_shipping_paid_by text check (return_shipping_paid_by in ('BUYER', 'SELLER'));
alter table return_request add column exchange_wanted text;
-- the last day of the return window (market calendar), from the delivery and the policy of the day
alter table return_request add column window_last_day date;
create index return_request_tenant_buyer on return_request (tenant_id, buyer_id, requested_at) where buyer_id is not null;

-- A shop's overrides of the module defaults (ReturnsProperties) for one market; a null column
-- keeps the default. Money limits are in the market's currency.
create table return_policy (
    tenant_id                     uuid not null references tenant (id),
    shop_id                       uuid not null references shop (id),
    market                        char(2) not null,
    window_days                   int check (window_days between 14 and 90),
    refund_timing                 text check (refund_timing in ('ON_APPROVAL', 'ON_RECEIPT', 'ON_GRADING')),
    changed_mind_shipping_paid_by text check (changed_mind_shipping_paid_by in ('BUYER', 'SELLER')),
    minor_defect_offer            text check (minor_defect_offer in ('PARTIAL_REFUND', 'COUPON')),
    partial_refund_percent        int check (partial_refund_percent between 1 and 100),
    exchange_first                boolean,
    non_returnable_sku_prefixes   text[],
    review_returns_in_90_days     int check (review_returns_in_90_days > 0),
    review_returns_in_365_days    int check (review_returns_in_365_days > 0),
    returnless_up_to              numeric(19, 4) check (returnless_up_to >= 0),
    minor_defect_up_to            numeric(19, 4) check (minor_defect_up_to >= 0),
    changed_mind_review_above     numeric(19, 4) check (changed_mind_review_above >= 0),
    review_above                  numeric(19, 4) check (review_above >= 0),
    updated_at                    timestamptz not null,
    updated_by                    text not null,
    primary key (tenant_id, shop_id, market)
);
