#!/usr/bin/env bash
# A case dossier of 50 items totalling 200 MB (4 MB packing videos): time to stream the ZIP
# (summary PDF, files, manifest, SHA256SUMS) into a hashing sink and the heap growth while it runs.
# Usage: bench/dossier.sh [runs]   (default 5; -Dbench.items / -Dbench.itemBytes in the class)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=DossierBenchmark -Dbench.runs="${1:-5}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Dossier benchmark/,/reproduce:/p'
