-- Agents work per market (a German team sees DE only), so the inbox of one market has its own order.
create index ticket_inbox_market on ticket (tenant_id, market, sla_due_at, created_at)
    where status not in ('SOLVED', 'CLOSED');
