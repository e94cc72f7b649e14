-- Shop-level platform appeals (a shop health violation, an account reinstatement, a penalty on the
-- shop as a whole) have no order: the shop is the subject. Only an appeal may go without an order.
alter table dispute_case alter column order_id drop not null;
alter table dispute_case add constraint dispute_case_order_or_appeal
    check (order_id is not null or type = 'PLATFORM_APPEAL');
-- One open shop-level appeal of a reason per shop: a repeated request opens nothing new.
create unique index dispute_case_one_open_shop on dispute_case (tenant_id, shop_id, type, reason)
    where closed_at is null and order_id is null;
