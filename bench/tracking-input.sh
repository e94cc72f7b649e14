#!/usr/bin/env bash
# The tracking-event CSV import (POST /api/v1/tracking-events/import) on a large file, imported
# twice, against the embedded PostgreSQL with durable settings.
# Usage: bench/tracking-input.sh [parcels]   (default 25,000 parcels = 200,000 lines)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench-pg
mvn -B -q -Pbench test -Dtest=TrackingInputBenchmark -Dbench.parcels="${1:-25000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Tracking CSV import benchmark/,/reproduce:/p'
