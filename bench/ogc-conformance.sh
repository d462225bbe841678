#!/usr/bin/env bash
# Runs the OGC's executable test suite for OGC API - Features against the built portal, as production runs it,
# with the demo content on a fresh database. Usage: bench/ogc-conformance.sh PATH-TO-THE-SUITE'S-run-SCRIPT
# (on the project's machines ../shared/tools/ogc-ets/run). Prints the counts and every failure; exits 1 on any.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), Java.
set -euo pipefail
SUITE=${1:?path to the run script of the suite, e.g. ../shared/tools/ogc-ets/run}
SUITE=$(cd "$(dirname "$SUITE")" && pwd)/$(basename "$SUITE")
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_ogc
PORT=${BENCH_PORT:-8093}

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-ogc.log SPRING_PROFILES_ACTIVE=demo CINEMA_PUBLIC_URL="http://127.0.0.1:$PORT"
"$SUITE" "http://127.0.0.1:$PORT/ogcapi"
