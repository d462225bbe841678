#!/usr/bin/env bash
# What a page costs when it is rendered (issue: speed without the page cache): the built portal as production runs it
# (bench/portal.sh) with the anonymous page cache off, on a database with the demo content and 100,000 published sites.
# For every public page, and for the pages editors use daily (signed in as the demo accounts), one line of wrk at
# saturation (2 threads, 16 connections; the portal, PostgreSQL and wrk share the machine) with the portal's own CPU time
# per request, which varies less between runs than throughput. Needs: a built cinema-web/target/cinema-web.jar,
# PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk, curl, python3. BENCH_PAGES replaces the public pages.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_rendered
PORT=${BENCH_PORT:-8095}
PUBLIC=${BENCH_PAGES:-/ /map /sites/1 /pilots /pilots/1 /plans /plans/2 /dashboard /toolkit /recommendations /network /partners /match /search?q=Gabrovo /open-data /accessibility}
export DURATION=${BENCH_DURATION:-20s}

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-bench-rendered.log SPRING_PROFILES_ACTIVE=demo CINEMA_PAGE_CACHE_TIME_TO_LIVE=0s
$PSQL -d $DB -f bench/load-sites.sql
$PSQL -d $DB -c "VACUUM ANALYZE"
BASE="http://127.0.0.1:$PORT"

# The JIT compiler needs minutes on 2 cores to settle: one pass over every page first, as a running portal has had.
for page in $PUBLIC; do
  wrk -t2 -c16 -d5s "$BASE$page" > /dev/null
done
echo "== public pages, rendered for every request"
for page in $PUBLIC; do
  saturate "$page" "$BASE$page"
done

echo "== editors' pages (the demo accounts; the partner's organisation owns the 100,000 sites)"
PARTNER=$(sign_in "$PORT" partner@cinema.demo demo-cinema-2020)
MUNICIPALITY=$(sign_in "$PORT" municipality@cinema.demo demo-cinema-2020)
ADMIN=$(sign_in "$PORT" admin@cinema.demo demo-cinema-2020)
PILOT=$($PSQL -d $DB -Atc "SELECT p.id FROM pilot p JOIN account a ON a.partner_id = p.owner_partner_id WHERE a.email = 'partner@cinema.demo' LIMIT 1")
PLAN=$($PSQL -d $DB -Atc "SELECT p.id FROM action_plan p JOIN account a ON a.partner_id = p.owner_partner_id WHERE a.email = 'municipality@cinema.demo' LIMIT 1")
saturate "/workspace (partner)" "$BASE/workspace" -H "Cookie: $PARTNER"
saturate "/pilots/$PILOT/edit (partner)" "$BASE/pilots/$PILOT/edit" -H "Cookie: $PARTNER"
saturate "/workspace (municipality)" "$BASE/workspace" -H "Cookie: $MUNICIPALITY"
saturate "/plans/$PLAN/edit (municipality)" "$BASE/plans/$PLAN/edit" -H "Cookie: $MUNICIPALITY"
saturate "/moderation (municipality)" "$BASE/moderation" -H "Cookie: $MUNICIPALITY"
saturate "/workspace (admin)" "$BASE/workspace" -H "Cookie: $ADMIN"
saturate "/moderation (admin)" "$BASE/moderation" -H "Cookie: $ADMIN"

echo "== import preview of 1,000 rows (partner; POST of a 60 kB CSV)"
export PREVIEW_BODY=/tmp/cinema-bench-preview.body PREVIEW_BOUNDARY=cinemabench PREVIEW_COOKIE=$PARTNER
PREVIEW_CSRF=$(curl -s -H "Cookie: $PARTNER" "$BASE/sites/import" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
export PREVIEW_CSRF
python3 - <<'PY'
import os
rows = "\r\n".join(f"PREVIEW-{i},Hall {i} at Hlavná {i},WGS84,{21.2 + i * 1e-4:.5f},48.72,1.5" for i in range(1000))
csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares\r\n" + rows + "\r\n"
parts = [("format", "BROWNFIELD_CSV"), ("countryCode", "SK"), ("defaultCity", "Košice")]
body = "".join(f"--cinemabench\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in parts)
body += "--cinemabench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sites.csv\"\r\nContent-Type: text/csv\r\n\r\n"
body += csv + "--cinemabench--\r\n"
open(os.environ["PREVIEW_BODY"], "wb").write(body.encode("utf-8"))
PY
echo "preview answers: $(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Cookie: $PARTNER" -H "X-CSRF-TOKEN: $PREVIEW_CSRF" \
  -H "Content-Type: multipart/form-data; boundary=cinemabench" --data-binary @$PREVIEW_BODY "$BASE/sites/import")"
WARM_UP=5s saturate "POST /sites/import (1,000 rows)" "$BASE/sites/import" -s bench/preview.lua
echo "== resident memory after the load: $(resident_memory)"
