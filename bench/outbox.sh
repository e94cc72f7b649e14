#!/usr/bin/env bash
# Outreach's outbox dispatch to a local SMTP server (GreenMail on loopback): N notices queued with
# one insert … select, then sent by NoticeOutbox.dispatch in leased rounds, a shop's notices of a
# round over reused SMTP connections. Issue 4 asks >= 500 e-mails/s.
# Usage: bench/outbox.sh [notices] [-Daftercare.outreach.outbox-per-connection=N ...]   (default 5,000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=OutboxBenchmark -Dbench.notices="${1:-5000}" "${@:2}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/=== Outbox dispatch benchmark/,/reproduce:/p'
