#!/usr/bin/env bash
# The import's memory bound (docs/performance.md, "Import memory"): starts the built portal with the
# production heap (-Xmx224m) and, while jstat samples the heap every 100 ms, sends through the portal's pages
#   1. a 6 MB CSV whose header has 3,000,000 columns (the preview must refuse it, naming the limit);
#   2. a valid CSV of about 50 MB (100,000 rows with long descriptions), previewed and imported.
# Prints each file's timings, the peak heap used while it was handled (all of it, and the old generation, which
# holds what survives collections), and whether the portal still answers.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust),
# python3 and the JDK's jstat. The database cinema_bench_import is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_import
PORT=${BENCH_PORT:-8091}
BASE="http://127.0.0.1:$PORT"

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-bench-import.log \
  CINEMA_BOOTSTRAP_ADMIN_EMAIL=bench@example.org CINEMA_BOOTSTRAP_ADMIN_PASSWORD=bench-tannery-river-7

# peak_heap <command...>: runs the command while sampling the portal's heap; prints the peak in MB.
peak_heap() {
  local samples=/tmp/cinema-bench-heap.$$
  jstat -gc "$PORTAL_PID" 100 > "$samples" &
  local sampler=$!
  "$@"
  kill $sampler
  # All generations (garbage not yet collected included), and the old generation alone: what survives collections.
  awk 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > peak) peak = used; if ($8 > old) old = $8 }
       END { printf "peak heap used: %.0f MB of 224 MB; peak old generation: %.0f MB\n", peak / 1024, old / 1024 }' "$samples"
  rm -f "$samples"
}

echo "== 1. A CSV header of 3,000,000 columns"
peak_heap python3 bench/import-sites.py "$BASE" bench@example.org bench-tannery-river-7 0 --wide-header 3000000
echo "== 2. A valid CSV of about 50 MB, previewed and imported"
peak_heap python3 bench/import-sites.py "$BASE" bench@example.org bench-tannery-river-7 100000 380
curl -sf "$BASE/actuator/health/liveness" >/dev/null && echo "the portal still answers" || echo "the portal no longer answers"
echo "resident memory of the portal: $(resident_memory)"
