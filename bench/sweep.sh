#!/usr/bin/env bash
# The alert sweep with 1,000,000 and 2,000,000 active shipments, 1,000 due per sweep, against the
# embedded PostgreSQL with durable settings. Target: <= 100 ms, and not twice as long at 2,000,000.
# Usage: bench/sweep.sh [fleet]   (default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench-pg-sweep
mvn -B -q -Pbench test -Dtest=SweepBenchmark -Dbench.fleet="${1:-1000000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Alert sweep benchmark/,/reproduce:/p'
