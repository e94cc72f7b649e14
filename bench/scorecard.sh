#!/usr/bin/env bash
# Carrier scorecards over 1,000,000 delivered shipments (generated with one INSERT … SELECT), against
# the embedded PostgreSQL with durable settings: warm, median of 5 runs. Goal ≤ 500 ms.
# Usage: bench/scorecard.sh [shipments]   (default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench-scorecard-pg
mvn -B -q -Pbench test -Dtest=ScorecardBenchmark -Dbench.shipments="${1:-1000000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Carrier scorecard benchmark/,/reproduce:/p'
