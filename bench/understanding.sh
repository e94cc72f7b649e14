#!/usr/bin/env bash
# Buyer messages understood per second on one thread (= per core): intent + risk with the
# language known, and the whole understanding including Lingua's language detection.
# Usage: bench/understanding.sh [messages]   (default 200,000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=UnderstandingBenchmark -Dbench.messages="${1:-200000}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Message understanding benchmark/,/reproduce:/p'
