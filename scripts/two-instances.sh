#!/usr/bin/env bash
# Two Aftercare instances against one external PostgreSQL, as in production.
# Starts the bundled PostgreSQL 17 as its own server on port 55432, then instances on 8081 and 8082
# pointing at it, waits until both are ready, checks that both serve the console and the API, and
# stops everything. Usage: scripts/two-instances.sh   (builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/aftercare-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then
  mvn -B -q -DskipTests package
  jar=$(ls target/aftercare-*.jar | grep -v plain | head -1)
fi
java=$(ls -d /usr/lib/jvm/*/ | while read -r d; do "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && echo "$d/bin/java" && break; done)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

"$java" -Dloader.main=org.aftercare.shared.database.StandalonePostgres -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher 55432 "$work/pg" > "$work/pg.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "PostgreSQL ready" "$work/pg.log" && break; sleep 1; done
grep -q "PostgreSQL ready" "$work/pg.log" || { cat "$work/pg.log"; exit 1; }

token=two-instances-token
for port in 8081 8082; do
  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:55432/postgres SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= PORT=$port AFTERCARE_DEMO_API_TOKEN=$token \
    "$java" -jar "$jar" > "$work/app-$port.log" 2>&1 &
  pids+=($!)
done

ok=0
for port in 8081 8082; do
  for _ in $(seq 180); do
    curl -sf "localhost:$port/actuator/health/readiness" >/dev/null && break; sleep 1
  done
  if curl -sf "localhost:$port/actuator/health/readiness" >/dev/null \
     && curl -sf -o /dev/null "localhost:$port/login" \
     && curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/shops" | grep -q market; then
    echo "instance on :$port serves the console and the API"
    ok=$((ok + 1))
  else
    echo "instance on :$port FAILED"; tail -50 "$work/app-$port.log"
  fi
  if grep -E "ERROR|Exception" "$work/app-$port.log" | grep -v "WARN" | head -5 | grep -q .; then
    echo "errors in the log of :$port:"; grep -E "ERROR|Exception" "$work/app-$port.log" | head -10
    ok=$((ok - 1))
  fi
done
demo=$(PGPASSWORD= psql -h localhost -p 55432 -U postgres -tAc "select count(*) from tenant where name = 'Demo Seller'" 2>/dev/null || echo "?")
echo "demo tenants in the shared database: $demo (expected 1: generated once, not per instance)"
[ "$ok" = 2 ] && [ "$demo" = "1" -o "$demo" = "?" ]
