#!/usr/bin/env bash
# Simulator write throughput: generates a large dataset into a fresh embedded PostgreSQL with COPY
# and prints the tracking events written per second. Usage:
#   bench/simulator-write.sh [shipments] [seed] [streams]
# Defaults: 1,000,000 shipments, seed 42, 2 COPY streams. The data dir is wiped first.
set -euo pipefail
cd "$(dirname "$0")/.."

SHIPMENTS="${1:-1000000}"
SEED="${2:-42}"
STREAMS="${3:-2}"
DATA_DIR="${AFTERCARE_BENCH_DATA_DIR:-/tmp/aftercare-bench-data}"

rm -rf "$DATA_DIR"
ARGS="--aftercare.simulator.bulk.shipments=$SHIPMENTS --aftercare.simulator.bulk.seed=$SEED"
ARGS="$ARGS --aftercare.simulator.bulk.streams=$STREAMS --server.port=0"
COMMAND="AFTERCARE_DATA_DIR=$DATA_DIR mvn -q spring-boot:run -Dspring-boot.run.arguments=\"$ARGS\""

echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: $COMMAND"
mvn -q compile
AFTERCARE_DATA_DIR="$DATA_DIR" mvn -q spring-boot:run -Dspring-boot.run.arguments="$ARGS" 2>&1 \
    | grep --line-buffered '^Simulator bulk:'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
