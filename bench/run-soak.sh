#!/usr/bin/env bash
# The soak test of docs/performance.md: one instance with the demo content and 100,000 sites,
# ten minutes of mixed public traffic (wrk, 2 threads, 16 connections, bench/soak/mixed.lua) while
# the demo partner editor logs a progress update every second (bench/soak/writes.py). Prints wrk's
# errors and non-2xx answers, the writes accepted against the rows found afterwards, and the
# portal's resident memory every minute (flat means no leak).
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_soak
PORT=${BENCH_PORT:-8092}
SECONDS_TOTAL=${SOAK_SECONDS:-600}

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-soak.log SPRING_PROFILES_ACTIVE=demo
$PSQL -d $DB -f bench/load-sites.sql
PILOT=$($PSQL -d $DB -Atc "SELECT id FROM pilot WHERE title = 'Creative Center Košice'")

( for _ in $(seq 1 $((SECONDS_TOTAL / 60))); do sleep 60; echo "resident memory: $(resident_memory)"; done ) &
MEMORY=$!
python3 bench/soak/writes.py "http://127.0.0.1:$PORT" "$SECONDS_TOTAL" "$PILOT" > /tmp/cinema-soak-writes.txt &
WRITES=$!
wrk -t2 -c16 -d"${SECONDS_TOTAL}s" --timeout 10s -s bench/soak/mixed.lua "http://127.0.0.1:$PORT" | grep -E "requests in|Socket errors|Non-2xx|Requests/sec|Latency "
wait $WRITES
wait $MEMORY || true
cat /tmp/cinema-soak-writes.txt
echo "updates found in the database: $($PSQL -d $DB -Atc "SELECT count(*) FROM progress_update WHERE narrative LIKE 'soak-%'")"
echo "errors in the log: $(grep -c ' ERROR ' /tmp/cinema-soak.log || true)"
