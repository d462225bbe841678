#!/usr/bin/env bash
# What content translations cost (issue: content in the partnership's languages). Both sides in one run and side by
# side: BASELINE_JAR, a portal built before translations (for example from commit 61fd690), and this build, each as
# production runs it (-Xmx224m, two malloc arenas) with the page cache off, on its own database with the demo content and
# 100,000 published sites, both running at once. Per page (in German, where the demo has translations), after a warm-up,
# rounds alternate between the two (wrk, 2 threads, 8 connections), so that the machine's drift and the JIT compiler's
# settling fall on both alike; the portal's own CPU time per request of each side and their ratio are printed (target:
# at most 1.10). Then search on this build: the median of one connection's requests for a town with 12,500 sites, a
# German and a Romanian word found only through translations, and a common English word (target: under 50 ms).
# Needs: a built cinema-web/target/cinema-web.jar, BASELINE_JAR, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BASELINE_JAR:?BASELINE_JAR names the portal built before translations}"
PSQL="psql -q -h 127.0.0.1 -U postgres"
PAGES=${BENCH_PAGES:-/pilots /pilots/1 /toolkit /toolkit/2 /recommendations /recommendations/1 /plans/2 /map/creative-industries /sites/1}
QUERIES=${BENCH_QUERIES:-Gabrovo Schaufenstern vitrinelor creative}
ROUNDS=${BENCH_ROUNDS:-3}
ROUND=${BENCH_ROUND:-10s}
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; $PSQL -c "DROP DATABASE IF EXISTS cinema_bench_tr_baseline" -c "DROP DATABASE IF EXISTS cinema_bench_tr_this"' EXIT

# start <side> <jar> <port>: a fresh database with the demo content and 100,000 sites, and the portal on it.
start() {
  local db=cinema_bench_tr_$1
  $PSQL -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  $PSQL -d $db -c "CREATE EXTENSION postgis"
  env MALLOC_ARENA_MAX=2 SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
    CINEMA_MAP_TILE_URL= SERVER_PORT="$3" SPRING_PROFILES_ACTIVE=demo CINEMA_PAGE_CACHE_TIME_TO_LIVE=0s \
    java -Xmx224m -Xss512k -XX:TrimNativeHeapInterval=30000 -jar "$2" > "/tmp/cinema-bench-translations-$1.log" 2>&1 &
  PIDS+=($!)
  until curl -sf "http://127.0.0.1:$3/actuator/health/readiness" >/dev/null; do sleep 0.5; done
  $PSQL -d $db -f bench/load-sites.sql
  $PSQL -d $db -c "VACUUM ANALYZE"
}

cpu() {
  awk '{print $14 + $15}' "/proc/$1/stat"
}

# round <pid> <url>: the portal's CPU milliseconds per request over one round of wrk.
round() {
  local before after result
  before=$(cpu "$1")
  result=$(wrk -t2 -c8 -d"$ROUND" "$2")
  after=$(cpu "$1")
  awk -v t=$((after - before)) -v n="$(echo "$result" | awk '/requests in/ {print $1}')" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.2f", t * 1000 / hz / n}'
}

start baseline "$BASELINE_JAR" 8096
start this cinema-web/target/cinema-web.jar 8097
echo "== portal CPU per request (ms), baseline and this build alternating, $ROUNDS rounds of $ROUND; ratio of the medians"
for page in $PAGES; do
  for port in 8096 8097; do
    wrk -t2 -c8 -d20s "http://127.0.0.1:$port$page?lang=de" > /dev/null
  done
  baseline=() this=()
  for _ in $(seq "$ROUNDS"); do
    baseline+=("$(round "${PIDS[0]}" "http://127.0.0.1:8096$page?lang=de")")
    this+=("$(round "${PIDS[1]}" "http://127.0.0.1:8097$page?lang=de")")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
  b=$(median "${baseline[@]}") t=$(median "${this[@]}")
  printf '%-28s baseline %s  this %s  ratio %s\n' "$page" "${baseline[*]}" "${this[*]}" "$(awk -v t="$t" -v b="$b" 'BEGIN {printf "%.2f", t / b}')"
done
echo "== search on this build, one connection, median (target < 50 ms)"
for query in $QUERIES; do
  printf '%-16s p50 %s\n' "$query" "$(wrk -t1 -c1 -d10s --latency "http://127.0.0.1:8097/search?q=$query&lang=de" | awk '$1 == "50%" {print $2}')"
done
