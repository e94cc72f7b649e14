-- The scorecard refresh marks stale the periods of shipments with alerts raised since its last run.
create index alert_raised_at on alert (raised_at);
