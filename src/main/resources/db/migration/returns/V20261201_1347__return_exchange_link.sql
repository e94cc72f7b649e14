-- The replacement order of an exchange, linked once it exists on the platform (issue 7 item 6):
-- TO_SHIP (owed, no order yet) → LINKED (the new order is known; it ships as any order).
alter table return_exchange drop constraint return_exchange_status_check;
alter table return_exchange add constraint return_exchange_status_check
    check (status in ('TO_SHIP', 'SHIPPED', 'LINKED'));
alter table return_exchange add column new_order_id uuid references orders (id);
alter table return_exchange add column linked_at timestamptz;
alter table return_exchange add column linked_by text;
