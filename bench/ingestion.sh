#!/usr/bin/env bash
# End-to-end tracking ingestion (17TRACK webhook bodies → stored → rules → alerts) against the
# embedded PostgreSQL with durable settings, and its ratio to a raw COPY of the same rows.
# Usage: bench/ingestion.sh [parcels] [workers]   (default 25,000 parcels = 200,000 events, 2 workers)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench-pg
mvn -B -q -Pbench test -Dtest=IngestionBenchmark -Dbench.parcels="${1:-25000}" -Dbench.workers="${2:-2}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Tracking ingestion benchmark/,/reproduce:/p'
