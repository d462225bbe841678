#!/usr/bin/env bash
# The public-page benchmarks of docs/performance.md (production-readiness targets): starts the built
# portal as production runs it (bench/portal.sh) on a fresh database with the demo content and
# 100,000 published sites, then prints
#   1. start-up to ready: on the fresh database (migrations and demo content included), and again
#      on the full one (an ordinary restart);
#   2. for each public page (home, map, site, pilot, plan) as anonymous visitors get it: wrk's
#      throughput and latency at saturation (2 threads, 16 connections), then at about 1,000
#      requests/s (20 connections paced by bench/paced.lua);
#   3. the resident memory of the portal after that load;
#   4. the same pages with the anonymous page cache off, as signed-in visitors and cache misses cost.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_pages
PORT=${BENCH_PORT:-8091}
LOG=/tmp/cinema-bench-pages.log
DURATION=${BENCH_DURATION:-20s}
PAGES="/ /map /sites/1 /pilots/1 /plans/2"

measure() {
  local paced=$1 path url
  for path in $PAGES; do
    url="http://127.0.0.1:$PORT$path"
    curl -sf -o /dev/null "$url"
    wrk -t2 -c16 -d10s "$url" > /dev/null   # warm-up: JIT and caches
    echo "-- $path, saturation (wrk -t2 -c16 -d$DURATION)"
    wrk -t2 -c16 -d"$DURATION" --latency "$url" | grep -E "Latency |50%|99%|Requests/sec|Non-2xx|Socket errors"
    if [ "$paced" = paced ]; then
      echo "-- $path, about 1,000 requests/s (wrk -t2 -c20 -d$DURATION -s bench/paced.lua)"
      wrk -t2 -c20 -d"$DURATION" --latency -s bench/paced.lua "$url" | grep -E "Latency |50%|99%|Requests/sec|Non-2xx|Socket errors"
    fi
  done
}

fresh_database $DB
start_portal $DB "$PORT" $LOG SPRING_PROFILES_ACTIVE=demo
echo "== 1. start-up to ready, fresh database (migrations and demo content included): $READY_MS ms"
$PSQL -d $DB -f bench/load-sites.sql
stop_portal
start_portal $DB "$PORT" $LOG SPRING_PROFILES_ACTIVE=demo
echo "== 1. start-up to ready, restart on 100,000 sites: $READY_MS ms ($(grep -o 'Started CinemaApplication in [0-9.]* seconds' $LOG))"

echo "== 2. public pages, anonymous visitors (anonymous page cache on, as in production)"
measure paced
echo "== 3. resident memory after the load: $(resident_memory)"

stop_portal
start_portal $DB "$PORT" $LOG SPRING_PROFILES_ACTIVE=demo CINEMA_PAGE_CACHE_TIME_TO_LIVE=0s
echo "== 4. the same pages rendered for every request (page cache off)"
measure saturation-only
echo "== 4. resident memory after the load: $(resident_memory)"
