-- The end of the outbox's lease on a notice it is sending; null while the notice waits (held by a
-- campaign, released, or in a retry's backoff). next_attempt_at alone cannot tell a lease from a
-- backoff: cancelling a campaign drops every queued notice without a live lease, never one on the wire.
alter table notice add column leased_until timestamptz;
