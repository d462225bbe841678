#!/usr/bin/env bash
# The public-page benchmarks of docs/performance.md (production-readiness targets): starts the built
# portal on a fresh database with the demo content and 100,000 published sites, then prints
#   1. start-up to ready (launch until /actuator/health/readiness answers 200);
#   2. for each public page (home, map, site, pilot, plan), wrk's throughput and latency
#      distribution with 2 threads and 32 connections on loopback;
#   3. the resident memory of the portal after that load.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=cinema_bench_pages
PORT=${BENCH_PORT:-8091}
PSQL="psql -q -h 127.0.0.1 -U postgres"
DURATION=${BENCH_DURATION:-20s}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}

$PSQL -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
$PSQL -d $DB -c "CREATE EXTENSION postgis"
START=$(date +%s%N)
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_PROFILES_ACTIVE=demo \
CINEMA_MAP_TILE_URL= SERVER_PORT=$PORT java $JAVA_OPTS -jar cinema-web/target/cinema-web.jar > /tmp/cinema-bench-pages.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; $PSQL -c "DROP DATABASE IF EXISTS $DB"' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do sleep 0.1; done
echo "== 1. start-up to ready (fresh database, migrations included): $(( ($(date +%s%N) - START) / 1000000 )) ms"
echo "   as Spring Boot reports it: $(grep -o 'Started CinemaApplication in [0-9.]* seconds' /tmp/cinema-bench-pages.log)"
sleep 5  # the demo data loads after the server is up
$PSQL -d $DB -f bench/load-sites.sql

for path in / /map /sites/1 /pilots/1 /plans/2; do
  URL="http://127.0.0.1:$PORT$path"
  curl -s -o /dev/null "$URL"
  wrk -t2 -c32 -d5s "$URL" > /dev/null   # warm-up: JIT and caches
  echo "== 2. $path (wrk -t2 -c32 -d$DURATION)"
  wrk -t2 -c32 -d"$DURATION" --latency "$URL" | grep -E "Latency |50%|90%|99%|Requests/sec|Non-2xx"
done
echo "== 3. resident memory after the load: $(ps -o rss= -p $APP | awk '{printf "%.0f MB", $1/1024}')"
