-- The inbox filters open tickets by market, status, channel, intent, language, team, assignee and
-- escalation, and counts what matches. With those columns in the partial index of open tickets
-- (a few per cent of the table), filtering and counting are index-only scans that never visit
-- the table's pages.
drop index ticket_inbox;
create index ticket_inbox on ticket (tenant_id, sla_due_at, created_at)
    include (id, status, market, shop_id, channel, intent, language, team_id, assignee_id, escalated_at)
    where status not in ('SOLVED', 'CLOSED');
