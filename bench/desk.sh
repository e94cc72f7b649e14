#!/usr/bin/env bash
# The desk's inbox list and ticket view over 1,000,000 tickets / 10,000,000 messages under 100
# concurrent API requests on loopback (p50/p90/p99). The data is generated on the first run into
# target/bench-pg-desk (several minutes) and reused afterwards; delete that folder to regenerate.
# Usage: bench/desk.sh [concurrency] [seconds] [rate]   (default 100 clients, 30 s after 15 s warm-up;
#        rate = requests/s offered by all clients together, default 0 = every client as fast as answered)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=InboxBenchmark -Dbench.concurrency="${1:-100}" -Dbench.seconds="${2:-30}" -Dbench.rate="${3:-0}" \
  -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Desk inbox benchmark/,/reproduce:/p'
