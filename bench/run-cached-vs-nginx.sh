#!/usr/bin/env bash
# The anonymous page cache against a static server (issue: speed without the page cache): the built portal as
# production runs it (bench/portal.sh, page cache on) with the demo content and 100,000 sites, and nginx from Debian
# serving the very bytes of the same page from a file on loopback. The two are measured alternately in one run
# (wrk, 2 threads, 16 connections; ROUNDS rounds of DURATION each) and the ratio of their throughputs printed.
# Needs: a built cinema-web/target/cinema-web.jar, PostgreSQL with PostGIS on 127.0.0.1:5432 (trust), wrk, nginx.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
DB=cinema_bench_cached
PORT=${BENCH_PORT:-8096}
NGINX_PORT=${BENCH_NGINX_PORT:-8097}
PAGES=${BENCH_PAGES:-/map /}
ROUNDS=${ROUNDS:-2}
DURATION=${BENCH_DURATION:-15s}
NGINX_DIR=$(mktemp -d /tmp/cinema-nginx.XXXX)

fresh_database $DB
start_portal $DB "$PORT" /tmp/cinema-bench-cached.log SPRING_PROFILES_ACTIVE=demo
$PSQL -d $DB -f bench/load-sites.sql

mkdir -p "$NGINX_DIR/root" "$NGINX_DIR/logs"
for page in $PAGES; do
  curl -sf "http://127.0.0.1:$PORT$page" -o "$NGINX_DIR/root/$(echo "$page" | tr / _).html"
done
cat > "$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_DIR/root;
    default_type text/html;
    # Each page's file is named after its path with every / as _ (/map: _map.html, /: _.html).
    location = / { try_files /_.html =404; }
    location / { rewrite ^/(.*)\$ /_\$1.html break; }
  }
}
CONF
nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR"
trap "nginx -c $NGINX_DIR/nginx.conf -p $NGINX_DIR -s stop; rm -rf $NGINX_DIR; stop_portal; $PSQL -c 'DROP DATABASE IF EXISTS $DB'" EXIT

line() {
  wrk -t2 -c16 -d"$DURATION" --latency "$1" | awk '/Requests\/sec/ {r = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
    /Non-2xx/ {bad = $0} END {printf "%s %s %s %s\n", r, p50, p99, bad}'
}

for page in $PAGES; do
  portal_url="http://127.0.0.1:$PORT$page"
  nginx_url="http://127.0.0.1:$NGINX_PORT$page"
  cmp <(curl -s "$portal_url") <(curl -s "$nginx_url") > /dev/null && same="same bytes" || same="bytes differ (the portal re-rendered)"
  echo "== $page: $(curl -s "$nginx_url" | wc -c) bytes, $same"
  wrk -t2 -c16 -d5s "$portal_url" > /dev/null
  wrk -t2 -c16 -d5s "$nginx_url" > /dev/null
  for round in $(seq "$ROUNDS"); do
    read -r portal_rps portal_p50 portal_p99 portal_bad < <(line "$portal_url")
    read -r nginx_rps nginx_p50 nginx_p99 nginx_bad < <(line "$nginx_url")
    printf 'round %s  portal %9s req/s p50 %8s p99 %8s %s | nginx %9s req/s p50 %8s p99 %8s %s | portal/nginx %.2f\n' "$round" \
      "$portal_rps" "$portal_p50" "$portal_p99" "$portal_bad" "$nginx_rps" "$nginx_p50" "$nginx_p99" "$nginx_bad" \
      "$(echo "$portal_rps / $nginx_rps" | bc -l)"
  done
done
