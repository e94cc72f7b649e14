-- Return warehouses and receiving (issue 7 items 4–6, brief R5, R7): where returned parcels go,
-- the return parcel itself, receiving batches, QC grades per line with photos, exchanges.

-- A place returns are sent to: a local return warehouse in the buyer's country, or the origin.
-- markets: the markets whose returns it takes; empty = every market.
create table return_warehouse (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    name        text not null,
    country     char(2) not null,
    address     text not null,
    kind        text not null check (kind in ('LOCAL_RETURN_WAREHOUSE', 'ORIGIN')),
    markets     text[] not null default '{}',
    created_at  timestamptz not null,
    unique (tenant_id, name)
);

-- The return parcel: where it goes, its label and tracking (also a logistics shipment), and when
-- it was received and graded.
alter table return_request add column warehouse_id uuid references return_warehouse (id);
alter table return_request add column return_carrier_code text;
alter table return_request add column return_tracking_number text;
alter table return_request add column return_label_url text;
alter table return_request add column return_shipment_id uuid;
alter table return_request add column received_at timestamptz;
alter table return_request add column received_warehouse_id uuid references return_warehouse (id);
alter table return_request add column receiving_batch_id uuid;
alter table return_request add column graded_at timestamptz;
create index return_request_tenant_tracking on return_request (tenant_id, return_tracking_number)
    where return_tracking_number is not null;
create index return_request_tenant_number on return_request (tenant_id, number);

-- Returns received and graded together at one warehouse; at most one open batch per warehouse.
create table receiving_batch (
    id            uuid primary key,
    tenant_id     uuid not null references tenant (id),
    warehouse_id  uuid not null references return_warehouse (id),
    opened_at     timestamptz not null,
    opened_by     text not null,
    closed_at     timestamptz,
    closed_by     text
);
create unique index receiving_batch_one_open on receiving_batch (tenant_id, warehouse_id) where closed_at is null;
alter table return_request add constraint return_request_batch foreign key (receiving_batch_id) references receiving_batch (id);

-- The QC grade of one returned line, given once: A resell, B refurbish/discount, C scrap,
-- D missing/empty.
create table return_line_grade (
    return_id          uuid not null,
    line_no            int not null,
    tenant_id          uuid not null references tenant (id),
    grade              char(1) not null check (grade in ('A', 'B', 'C', 'D')),
    received_quantity  int not null check (received_quantity >= 0),
    damaged_quantity   int not null check (damaged_quantity >= 0 and damaged_quantity <= received_quantity),
    refund_amount      numeric(19, 4) not null check (refund_amount >= 0),
    currency           char(3) not null,
    notes              text,
    graded_at          timestamptz not null,
    graded_by          text not null,
    primary key (return_id, line_no),
    foreign key (return_id, line_no) references return_line (return_id, line_no) on delete cascade
);

-- Photos taken while grading, kept as bytes with their SHA-256 (like ticket_attachment).
create table return_line_photo (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    return_id   uuid not null,
    line_no     int not null,
    file_name   text not null,
    media_type  text not null,
    size_bytes  int not null,
    sha256      char(64) not null,
    content     bytea not null,
    created_at  timestamptz not null,
    created_by  text not null,
    foreign key (return_id, line_no) references return_line (return_id, line_no) on delete cascade
);
create index return_line_photo_return on return_line_photo (tenant_id, return_id);

-- A tenant's own meaning and refund share of a grade; the defaults live in QcGrade.
create table return_grade_setting (
    tenant_id       uuid not null references tenant (id),
    grade           char(1) not null check (grade in ('A', 'B', 'C', 'D')),
    meaning         text,
    refund_percent  int check (refund_percent between 0 and 100),
    updated_at      timestamptz not null,
    updated_by      text not null,
    primary key (tenant_id, grade)
);

-- The exchange owed once an EXCHANGE_PENDING return is received: the new order is placed on the
-- platform; its number is filled in when known.
create table return_exchange (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    return_id         uuid not null unique references return_request (id),
    order_id          uuid not null references orders (id),
    wanted            text,
    new_order_number  text,
    status            text not null check (status in ('TO_SHIP', 'SHIPPED')),
    created_at        timestamptz not null
);

-- The refund owed at receipt or grading is queued once per return, whatever the retries.
alter table refund add column trigger text;
create unique index refund_return_trigger on refund (return_id, trigger) where trigger is not null and status <> 'CANCELLED';
create index refund_tenant_paid on refund (tenant_id, paid_at) where paid_at is not null;
