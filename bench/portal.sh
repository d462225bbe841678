# Shared by the benchmark scripts (source it): a fresh database, and the built portal started the way
# production runs it: laid out by deploy/prepare-runtime.sh (extracted, with its class-data-sharing
# archive), with the heap capped, two malloc arenas and the native heap trimmed as in the Dockerfile.
# BENCH_JAVA_OPTS replaces the JVM options.
PSQL="psql -q -h 127.0.0.1 -U postgres"
PGBENCH=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -n 1 || true)
PORTAL_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx224m -Xss512k -XX:TrimNativeHeapInterval=30000 -XX:+ExitOnOutOfMemoryError}
RUNTIME=cinema-web/target/runtime

fresh_database() {
  $PSQL -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
  $PSQL -d "$1" -c "CREATE EXTENSION postgis"
}

# start_portal <database> <port> <log> [NAME=value ...]: starts the portal in the background (its pid in
# PORTAL_PID) with the given environment, waits until it is ready and puts how long that took in READY_MS.
# When the calling script exits, the portal is stopped and the database dropped.
start_portal() {
  local db=$1 port=$2 log=$3 start
  shift 3
  if [ ! -s $RUNTIME/cinema.jsa ] || [ cinema-web/target/cinema-web.jar -nt $RUNTIME/cinema.jsa ]; then
    rm -rf $RUNTIME
    deploy/prepare-runtime.sh cinema-web/target/cinema-web.jar $RUNTIME
  fi
  start=$(date +%s%N)
  env MALLOC_ARENA_MAX=2 SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
    CINEMA_MAP_TILE_URL= SERVER_PORT="$port" "$@" \
    java $PORTAL_JAVA_OPTS -XX:SharedArchiveFile=$RUNTIME/cinema.jsa -jar $RUNTIME/cinema-web.jar > "$log" 2>&1 &
  PORTAL_PID=$!
  trap "stop_portal; $PSQL -c 'DROP DATABASE IF EXISTS $db'" EXIT
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    kill -0 $PORTAL_PID 2>/dev/null || { tail -n 30 "$log"; return 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}

stop_portal() {
  kill "$PORTAL_PID" 2>/dev/null
  wait "$PORTAL_PID" 2>/dev/null || true
}

resident_memory() {
  ps -o rss= -p "$PORTAL_PID" | awk '{printf "%.0f MB", $1/1024}'
}

# sign_in <port> <email> <password>: signs in as a browser does and prints the session cookie (NAME=value).
sign_in() {
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$2" --data-urlencode "password=$3" --data-urlencode "_csrf=$token" \
    "http://127.0.0.1:$1/login"
  awk '$6 == "CINEMA_SESSION" {print $6 "=" $7}' "$jar"
  rm -f "$jar"
}

# saturate <label> <url> [wrk options]: after a warm-up, one line for wrk at saturation (2 threads, 16 connections):
# requests/s, median and p99 latency, non-2xx answers, and the portal's own CPU time per request (user and system).
saturate() {
  local label=$1 url=$2 before after requests result
  shift 2
  wrk -t2 -c16 -d"${WARM_UP:-10s}" "$@" "$url" > /dev/null
  before=$(awk '{print $14 + $15}' /proc/$PORTAL_PID/stat)
  result=$(wrk -t2 -c16 -d"${DURATION:-20s}" --latency "$@" "$url")
  after=$(awk '{print $14 + $15}' /proc/$PORTAL_PID/stat)
  requests=$(echo "$result" | awk '/requests in/ {print $1}')
  printf '%-34s %9s req/s  p50 %9s  p99 %9s  portal CPU %5.1f ms/request %s\n' "$label" \
    "$(echo "$result" | awk '/Requests\/sec/ {print $2}')" "$(echo "$result" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$result" | awk '$1 == "99%" {print $2}')" \
    "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t * 1000 / hz / n}')" \
    "$(echo "$result" | grep -o 'Non-2xx.*' || true)"
}
