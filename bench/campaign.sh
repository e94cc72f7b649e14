#!/usr/bin/env bash
# An incident campaign over 100,000 affected orders: preview, then every notice rendered in the
# buyer's language and queued into the outbox (goal ≤ 10 s), then a rerun that queues nothing.
# Usage: bench/campaign.sh [orders]   (default 100,000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=CampaignBenchmark -Dbench.orders="${1:-100000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Incident campaign benchmark/,/reproduce:/p'
