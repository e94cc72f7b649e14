#!/usr/bin/env bash
# Return decisions per second: the decision table alone (1 thread, policies loaded; issue 7 asks
# >= 10,000/s) and whole submissions through ReturnRequests.submit into the embedded PostgreSQL
# (1 thread, then N threads), with per-request latency.
# Usage: bench/returns.sh [decisions] [submissions] [threads]   (default 1,000,000 / 2,000 / 4)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=ReturnsBenchmark -Dbench.decisions="${1:-1000000}" -Dbench.submissions="${2:-2000}" \
  -Dbench.threads="${3:-4}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Returns decision benchmark/,/reproduce:/p'
