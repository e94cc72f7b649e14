-- Bytes being kept: written before the file moves to its content address, removed in the transaction
-- that writes the item's row. A row left here older than an hour is a crash between the two; the purge
-- job deletes its bytes unless an item refers to them.
create table evidence_pending (
    sha256  char(64) primary key,
    since   timestamptz not null
);
