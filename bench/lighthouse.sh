#!/usr/bin/env bash
# Lighthouse's performance audit of public pages of the built portal, as production runs it, with the demo content on a
# fresh database and no base tiles (tests and benchmarks never fetch them). Prints, per page, the performance score and
# the metrics behind it (first and largest contentful paint, total blocking time, layout shift, speed index), each the
# median of RUNS runs. PRESET=desktop audits as a desktop browser (Lighthouse's desktop preset) instead of its default
# mid-range phone. Usage: bench/lighthouse.sh [PATH ...] (default: / /map /sites/1). Needs: a built
# cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), Java, Node.js with npm (Lighthouse
# is installed from the npm registry into a temporary folder), Chromium at /usr/bin/chromium (or CHROME_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_lighthouse
PORT=${BENCH_PORT:-8094}
RUNS=${RUNS:-3}
PRESET_OPTION=()
[ "${PRESET:-}" = desktop ] && PRESET_OPTION=(--preset=desktop)
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(/ /map /sites/1)
TOOLS=${LIGHTHOUSE_DIR:-/tmp/cinema-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

[ -x "$TOOLS/node_modules/.bin/lighthouse" ] || npm install --silent --prefix "$TOOLS" lighthouse@12 >/dev/null
fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-lighthouse.log SPRING_PROFILES_ACTIVE=demo CINEMA_PUBLIC_URL="http://127.0.0.1:$PORT"

printf '%-12s %6s %8s %8s %8s %8s %8s\n' page score FCP_ms LCP_ms TBT_ms CLS SI_ms
for page in "${PAGES[@]}"; do
  for run in $(seq "$RUNS"); do
    "$TOOLS/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$page" --quiet --only-categories=performance "${PRESET_OPTION[@]}" \
      --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="/tmp/cinema-lighthouse-$run.json" >/dev/null 2>&1
  done
  PAGE=$page node -e '
    const runs = process.argv.slice(1).map(f => require(f));  // with -e, the files follow the node binary
    const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const audit = (r, id) => r.audits[id].numericValue;
    const m = id => median(runs.map(r => audit(r, id)));
    console.log([process.env.PAGE.padEnd(12), String(Math.round(median(runs.map(r => r.categories.performance.score * 100)))).padStart(6),
      ...["first-contentful-paint", "largest-contentful-paint", "total-blocking-time"].map(id => String(Math.round(m(id))).padStart(8)),
      m("cumulative-layout-shift").toFixed(3).padStart(8), String(Math.round(m("speed-index"))).padStart(8)].join(" "));
  ' $(seq -f "/tmp/cinema-lighthouse-%g.json" "$RUNS")
done
