-- Items of a shop-level case (a platform appeal about the shop, without an order): no order, the
-- shop and the case they belong to instead. The same bytes added twice to one such case are one item.
alter table evidence_item alter column order_id drop not null;
alter table evidence_item add column shop_id uuid references shop (id);
alter table evidence_item add constraint evidence_item_order_or_shop_case
    check (order_id is not null or (shop_id is not null and case_ref is not null));
create unique index evidence_item_shop_case_content on evidence_item (tenant_id, case_ref, sha256) where order_id is null;
