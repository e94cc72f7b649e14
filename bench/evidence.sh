#!/usr/bin/env bash
# The tracking-trail PDF of a shipment with 200 events (target <= 300 ms), Latin-only and with Chinese
# origin scans: the first render, then p50/p90/max over 100 warm renders. Run twice: in a cold JVM, and
# after the warm-up the application runs in the background once started (shared.pdf.PdfWarmUp).
# Usage: bench/evidence.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for warm in false true; do
  echo "--- application warm-up first: $warm"
  mvn -B -q -Pbench test -Dtest=TrailPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.warmUp=$warm \
    | sed -n '/=== Evidence trail PDF benchmark/,/reproduce:/p'
done
