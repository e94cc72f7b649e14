-- The buyer's photos sent with a return request (evidence items), as return_line_photo keeps the
-- warehouse's QC photos: the bytes, the type read from them, their SHA-256, who sent them and when.
create table return_photo (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    return_id   uuid not null references return_request (id) on delete cascade,
    file_name   text not null,
    media_type  text not null,
    size_bytes  int not null,
    sha256      char(64) not null,
    content     bytea not null,
    created_at  timestamptz not null,
    -- the request's source (API, DESK, TIKTOK_SHOP): the buyer sent them through it
    created_by  text not null
);
create index return_photo_return on return_photo (tenant_id, return_id);
