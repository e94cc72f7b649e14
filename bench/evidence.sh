#!/usr/bin/env bash
# The tracking-trail PDF of a shipment with 200 events (target <= 300 ms), Latin-only and with Chinese
# origin scans: first render in a cold JVM, then p50/p90/max over 100 warm renders.
# Usage: bench/evidence.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=TrailPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Evidence trail PDF benchmark/,/reproduce:/p'
