#!/usr/bin/env bash
# One OGC API feature by id against its query in PostgreSQL alone (issue: speed without the page cache): the built portal
# as production runs it (bench/portal.sh) on 100,000 published sites; pgbench runs the statement the portal sends
# (bench/feature-postgres.sql, prepared, one client) and wrk asks the portal for the same feature (one connection), one
# after the other in the same run; prints both medians and their ratio. Needs: a built cinema-web/target/cinema-web.jar,
# PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), pgbench, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_feature
PORT=${BENCH_PORT:-8098}
DURATION=${BENCH_DURATION:-20}
LOGS=$(mktemp -d /tmp/cinema-pgbench.XXXX)

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-bench-feature.log
$PSQL -d $DB -f bench/load-sites.sql
ID=$($PSQL -d $DB -Atc "SELECT id FROM site WHERE publication = 'PUBLISHED' ORDER BY id OFFSET 50000 LIMIT 1")
URL="http://127.0.0.1:$PORT/ogcapi/collections/sites/items/$ID"
curl -sf -o /dev/null "$URL"

for round in 1 2; do
  $PGBENCH -h 127.0.0.1 -U postgres -n -c 1 -T "$DURATION" -M prepared -D id="$ID" -f bench/feature-postgres.sql \
    -l --log-prefix="$LOGS/round$round" $DB > /dev/null
  postgres_ms=$(cat "$LOGS"/round$round.* | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {printf "%.3f", a[int((NR + 1) / 2)] / 1000}')
  wrk -t1 -c1 -d5s "$URL" > /dev/null
  portal_ms=$(wrk -t1 -c1 -d"${DURATION}s" --latency "$URL" | awk '$1 == "50%" {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000}
    else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000} printf "%.3f", v}')
  printf 'round %s  PostgreSQL alone (pgbench, prepared): median %s ms | the portal (wrk, 1 connection): median %s ms | ratio %.2f\n' \
    "$round" "$postgres_ms" "$portal_ms" "$(echo "$portal_ms / $postgres_ms" | bc -l)"
done
rm -rf "$LOGS"
