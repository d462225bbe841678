#!/usr/bin/env bash
# The map benchmarks of docs/performance.md: starts the built portal on a fresh database holding
# 100,000 published sites and prints, measured in the same run:
#   1. PostgreSQL alone producing the FeatureCollection of a city-sized box (pgbench, one client);
#   2. the portal's GeoJSON endpoint answering the same request (wrk, one connection);
#   3. the vector tile of the densest area (wrk, one connection, median);
#   4. an import of 100,000 CSV rows through the portal's pages.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust),
# wrk and python3. Everything stays on loopback; the database cinema_bench is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench
PORT=${BENCH_PORT:-8089}
DURATION=${BENCH_DURATION:-15s}

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-bench.log \
  CINEMA_BOOTSTRAP_ADMIN_EMAIL=bench@example.org CINEMA_BOOTSTRAP_ADMIN_PASSWORD=bench-tannery-river-7

$PSQL -d $DB -f bench/load-sites.sql
echo "sites: $($PSQL -d $DB -Atc "SELECT count(*) FROM site WHERE publication = 'PUBLISHED'")"
echo "features in the Kosice box: $($PSQL -d $DB -Atc "SELECT count(*) FROM site WHERE location && ST_MakeEnvelope(21.20, 48.68, 21.32, 48.76, 4326)") (the page returns at most 2,000)"

echo "== 1. PostgreSQL alone, same FeatureCollection (pgbench, 1 client)"
$PGBENCH -h 127.0.0.1 -U postgres -n -c 1 -T "${DURATION%s}" -f bench/geojson-postgres.sql $DB | grep -E "latency average|tps"

URL="http://127.0.0.1:$PORT/api/layers/sites?bbox=21.20,48.68,21.32,48.76&limit=2000"
echo "== 2. The portal's GeoJSON endpoint (wrk, 1 connection): $URL"
curl -s "$URL" | python3 -c "import json,sys; d=json.load(sys.stdin); print('numberReturned', d['numberReturned'], 'numberMatched', d['numberMatched'])"
wrk -t1 -c1 -d"$DURATION" --latency -H "Accept: application/geo+json" "$URL" | grep -E "Latency|50%|99%|Requests/sec"

read -r X Y < <(python3 -c "
import math; z=12; lon=21.26; lat=48.72
n=2**z; x=int((lon+180)/360*n); y=int((1-math.log(math.tan(math.radians(lat))+1/math.cos(math.radians(lat)))/math.pi)/2*n)
print(x, y)")
TILE="http://127.0.0.1:$PORT/tiles/sites/12/$X/$Y.mvt"
echo "== 3. Vector tile of the densest area (wrk, 1 connection): $TILE ($(curl -s "$TILE" | wc -c) bytes)"
wrk -t1 -c1 -d"$DURATION" --latency "$TILE" | grep -E "Latency|50%|99%|Requests/sec"

echo "== 4. Import of 100,000 CSV rows in EPSG:3035 through the portal's pages"
python3 bench/import-sites.py "http://127.0.0.1:$PORT" bench@example.org bench-tannery-river-7 100000
echo "resident memory of the portal: $(resident_memory)"
