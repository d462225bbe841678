#!/usr/bin/env bash
# The space-matching benchmark of docs/performance.md: starts the built portal on a fresh database
# holding 100,000 published sites (12,500 around each pilot city, half of them vacant or partly used)
# and measures the matching page ranking the sites around Kosice within 10 km, the densest case:
# every candidate of the city is inside the radius. Prints the number of candidates, then wrk's
# latency distribution (one connection, so the median is the time of one ranking with its page).
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_match
PORT=${BENCH_PORT:-8090}
DURATION=${BENCH_DURATION:-20s}

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-bench-match.log

$PSQL -d $DB -f bench/load-sites.sql
KOSICE=$($PSQL -d $DB -Atc "SELECT id FROM city WHERE name_en = 'Kosice'")
echo "sites: $($PSQL -d $DB -Atc "SELECT count(*) FROM site WHERE publication = 'PUBLISHED'")"
echo "candidates within 10 km of Kosice: $($PSQL -d $DB -Atc "SELECT count(*) FROM site s, city c WHERE c.id = $KOSICE
    AND s.publication = 'PUBLISHED' AND s.status IN ('VACANT', 'PARTLY_USED')
    AND ST_DWithin(s.location::geography, c.location::geography, 10000)")"

URL="http://127.0.0.1:$PORT/match?cityId=$KOSICE&radiusKm=10&minAreaM2=100&maxAreaM2=800&maxRent=5&use=STUDIO_OR_OFFICE"
curl -s "$URL" | grep -o 'class="result-count"[^<]*'
echo "== Ranking page (wrk, 1 connection, $DURATION): $URL"
wrk -t1 -c1 -d"$DURATION" --latency "$URL" | grep -E "Latency|50%|90%|99%|Requests/sec"
