-- The outbox records a round's outcomes in one statement that also keeps the promises the sent
-- follow-ups fulfil: find those by kept_by without reading every promise.
create index notice_promise_kept_by on notice_promise (kept_by) where kept_by is not null;

-- A buyer erased on request (orders' BuyerErased): the notices written to them lose the address,
-- the name and the rendered text; scenario, channel, times and state stay for the record.
alter table notice alter column subject drop not null,
                   alter column body drop not null,
                   add column erased_at timestamptz;
create index notice_buyer on notice (tenant_id, buyer_id);
