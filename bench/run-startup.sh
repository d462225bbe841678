#!/usr/bin/env bash
# Start-up to ready, as docs/performance.md reports it: the portal laid out and started as production
# runs it (bench/portal.sh) on a database holding the demo content and 100,000 published sites.
# Prints the time from `java` to an answering /actuator/health/readiness for the first start on an
# empty database (migrations and demo content), then for RESTARTS restarts (default 3) with production
# settings (no profile) and as many with the `demo` profile, whose loaders look for their data first.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_startup
PORT=${BENCH_PORT:-8094}
LOG=/tmp/cinema-bench-startup.log
RESTARTS=${RESTARTS:-3}

started() {
  grep -o 'Started CinemaApplication in [0-9.]* seconds' $LOG
}

fresh_database $DB
start_portal $DB "$PORT" $LOG SPRING_PROFILES_ACTIVE=demo
echo "fresh database (migrations, demo content): $READY_MS ms ($(started))"
stop_portal
$PSQL -d $DB -f bench/load-sites.sql
$PSQL -d $DB -c "VACUUM ANALYZE"
for profile in "" demo; do
  for _ in $(seq 1 "$RESTARTS"); do
    start_portal $DB "$PORT" $LOG SPRING_PROFILES_ACTIVE=$profile
    echo "restart on 100,000 sites, profile '${profile:-none}': $READY_MS ms ($(started))"
    stop_portal
  done
done
