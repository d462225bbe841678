#!/usr/bin/env bash
# What content translations cost (issue: content in the partnership's languages). Both sides in one run: BASELINE_JAR, a
# portal built before translations (for example from commit 61fd690), then this build, each as production runs it
# (bench/portal.sh) with the page cache off, on its own database with the demo content and 100,000 published sites.
# Pages (in German, where the demo has translations): the portal's CPU time per request at saturation, and the ratio of
# this build to the baseline (target: at most 1.10). Search (this build): the median of one connection's requests for a
# town with 12,500 sites, a German and a Romanian word found only through translations, and a common English word
# (target: under 50 ms). Needs: a built cinema-web/target/cinema-web.jar, BASELINE_JAR, PostgreSQL with PostGIS on
# 127.0.0.1:5432 (trust), wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
: "${BASELINE_JAR:?BASELINE_JAR names the portal built before translations}"
PAGES=${BENCH_PAGES:-/pilots /pilots/1 /toolkit /toolkit/2 /recommendations /recommendations/1 /plans/2 /map/creative-industries /sites/1}
QUERIES=${BENCH_QUERIES:-Gabrovo Schaufenstern vitrinelor creative}
export DURATION=${BENCH_DURATION:-15s}
export WARM_UP=${BENCH_WARM_UP:-5s}
RESULTS=$(mktemp)

# measure <side> <jar> <port>: every page at saturation, one line each; the CPU per request kept in $RESULTS.
measure() {
  local side=$1 db=cinema_bench_translations_$1
  PORTAL_JAR=$2
  RUNTIME="$(dirname "$2")/runtime-bench"
  fresh_database "$db"
  start_portal "$db" "$3" "/tmp/cinema-bench-translations-$side.log" SPRING_PROFILES_ACTIVE=demo CINEMA_PAGE_CACHE_TIME_TO_LIVE=0s
  $PSQL -d "$db" -f bench/load-sites.sql
  $PSQL -d "$db" -c "VACUUM ANALYZE"
  # The JIT compiler takes minutes on 2 cores to settle: a pass over every page first.
  for page in $PAGES; do
    wrk -t2 -c16 -d10s "http://127.0.0.1:$3$page?lang=de" > /dev/null
  done
  echo "== $side ($2)"
  for page in $PAGES; do
    saturate "$page" "http://127.0.0.1:$3$page?lang=de" | tee -a /dev/stderr \
      | awk -v side="$side" -v page="$page" '{for (i = 1; i <= NF; i++) if ($i == "CPU") print side, page, $(i + 1)}' >> "$RESULTS"
  done
  if [ "$side" = translations ]; then
    echo "== search, one connection, median (target < 50 ms)"
    for query in $QUERIES; do
      printf '%-16s p50 %s\n' "$query" "$(wrk -t1 -c1 -d10s --latency "http://127.0.0.1:$3/search?q=$query&lang=de" | awk '$1 == "50%" {print $2}')"
    done
  fi
  stop_portal
  $PSQL -c "DROP DATABASE IF EXISTS $db"
}

measure baseline "$BASELINE_JAR" "${BENCH_PORT:-8096}"
measure translations cinema-web/target/cinema-web.jar "${BENCH_PORT:-8096}"
echo "== portal CPU per request, this build / baseline (target <= 1.10)"
awk '{cpu[$1 " " $2] = $3; pages[$2] = 1} END {for (p in pages) printf "%-28s %5.1f / %5.1f ms = %.2f\n", p, cpu["translations " p], cpu["baseline " p], cpu["translations " p] / cpu["baseline " p]}' "$RESULTS" | sort
rm -f "$RESULTS"
