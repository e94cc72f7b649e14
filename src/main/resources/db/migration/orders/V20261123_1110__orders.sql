-- Orders, their lines and their buyers. Buyer personal data lives only in buyer, so erasing a
-- buyer is one update there and orders keep their history.

create table buyer (
    id                 uuid primary key,
    tenant_id          uuid not null references tenant (id),
    shop_id            uuid not null references shop (id),
    buyer_ref          text not null,
    name               text,
    email              text,
    phone              text,
    country            char(2),
    language           text,
    time_zone          text,
    erased_at          timestamptz,
    created_at         timestamptz not null default now(),
    unique (shop_id, buyer_ref)
);
create index buyer_tenant on buyer (tenant_id);

create table orders (
    id             uuid primary key,
    tenant_id      uuid not null references tenant (id),
    shop_id        uuid not null references shop (id),
    order_number   text not null,
    buyer_id       uuid references buyer (id),
    placed_at      timestamptz not null,
    currency       char(3) not null,
    total_amount   numeric(19, 4) not null check (total_amount >= 0),
    status         text not null default 'PLACED',
    source         text not null,
    created_at     timestamptz not null default now(),
    unique (shop_id, order_number)
);
create index orders_tenant_placed on orders (tenant_id, placed_at desc);
create index orders_buyer on orders (buyer_id);

create table order_line (
    order_id      uuid not null references orders (id) on delete cascade,
    line_no       int not null,
    tenant_id     uuid not null references tenant (id),
    sku           text not null,
    title         text not null,
    unit_price    numeric(19, 4) not null check (unit_price >= 0),
    currency      char(3) not null,
    quantity      int not null check (quantity > 0),
    hot_product   boolean not null default false,
    primary key (order_id, line_no)
);
create index order_line_tenant_sku on order_line (tenant_id, sku);
