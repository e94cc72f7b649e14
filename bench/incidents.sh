#!/usr/bin/env bash
# Incident detection (one set-based statement) over a large fleet with many stalled parcels.
# Usage: bench/incidents.sh [parcels]   (default 100,000 parcels in flight)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench-pg
mvn -B -q -Pbench test -Dtest=IncidentDetectionBenchmark -Dbench.parcels="${1:-100000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Incident detection benchmark/,/reproduce:/p'
