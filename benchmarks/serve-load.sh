#!/usr/bin/env bash
# Load test of `coreos-release serve` against nginx serving the same graph bytes as a static file.
#
# 1. generates a stream shaped like `stable` (300 releases x 4 architectures, barriers, dead-ends,
#    a rollout in progress) into a temporary directory;
# 2. starts the server on it (127.0.0.1, a free port) and runs wrk on
#    /v1/graph?basearch=x86_64&stream=synthetic&node_uuid=fixed;
# 3. starts nginx (127.0.0.1, a free port, temporary config) serving the same response body as a
#    static file, runs wrk the same way, stops nginx;
# 4. repeats both runs with `Accept-Encoding: gzip`: the server sends its gzip body (compressed
#    once per body), nginx the same gzip bytes as a pre-compressed file (`gzip_static on`);
# 5. prints both throughputs, both p99 latencies and the ratios against the target
#    (at least 90% of nginx's requests/s, p99 under 10x nginx's), identity and gzip.
#
# Usage: benchmarks/serve-load.sh   (env: DURATION=20s CONNECTIONS=64 THREADS=2 RELEASES=300 JAVA_OPTS=)
# Installs wrk and nginx with apt-get when they are missing (Debian; needs root). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
RELEASES=${RELEASES:-300}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=examples/target/coreos-release.jar
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

log() { echo "serve-load: $*" >&2; }

install_tools() {
  if command -v wrk >/dev/null && [ -x "$NGINX" ]; then
    return
  fi
  log "installing wrk and nginx with apt-get"
  if [ "$(id -u)" -ne 0 ]; then
    log "error: wrk or nginx missing and not root: install them (apt-get install -y wrk nginx)"
    exit 1
  fi
  # Keep the package from starting its own nginx on port 80: only loopback test servers run here.
  local policy=/usr/sbin/policy-rc.d created=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && created=1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
  if [ -n "$created" ]; then rm -f "$policy"; fi
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Prints "requests/s p99-in-microseconds" from wrk --latency output.
parse_wrk() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ {
      v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      if (unit == "us") p99 = v; else if (unit == "ms") p99 = v * 1000; else if (unit == "s") p99 = v * 1000000; else p99 = v / 1000
    }
    END { printf "%s %s\n", rps, p99 }' "$1"
}

work=$(mktemp -d)
server_pid=""
nginx_started=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$nginx_started" ] && [ -f "$work/nginx.pid" ]; then
    "$NGINX" -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

install_tools
if [ ! -f "$JAR" ]; then
  log "building $JAR"
  mvn -B -q -DskipTests package -pl examples -am
fi

log "generating $RELEASES releases into $work/data"
java -cp "$JAR" io.github.coreosrelease.examples.samples.SyntheticStream "$work/data" "$RELEASES" "$(date +%s)"

log "starting coreos-release serve"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" serve --bind 127.0.0.1 --port 0 \
  --stream "synthetic=$work/data/releases.json,$work/data/updates.json" >"$work/serve.url" 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 1 300); do
  [ -s "$work/serve.url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
try_url=$(head -1 "$work/serve.url")
base=${try_url%%/v1/graph*}
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] || { log "server not ready"; cat "$work/serve.log" >&2; exit 1; }
path="/v1/graph?basearch=x86_64&stream=synthetic&node_uuid=fixed"
mkdir -p "$work/www"
curl -sf "$base$path" -o "$work/www/graph.json"
log "graph body: $(wc -c <"$work/www/graph.json") bytes"

log "warming up the JVM (5s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base$path" >/dev/null
log "wrk against coreos-release serve ($DURATION, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path" | tee "$work/wrk-java.txt" >&2
# The server's own gzip body, kept compressed: nginx serves exactly these bytes with gzip_static.
curl -sf -H 'Accept-Encoding: gzip' "$base$path" -o "$work/www/graph.json.gz"
log "gzip body: $(wc -c <"$work/www/graph.json.gz") bytes"
log "wrk against coreos-release serve with Accept-Encoding: gzip"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$base$path" | tee "$work/wrk-java-gzip.txt" >&2
kill -TERM "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

nginx_port=$(free_port)
mkdir -p "$work/logs" "$work/tmp"
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { application/json json; }
  default_type application/json;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    gzip_static on;
    gzip_vary on;
    location = /v1/graph { try_files /graph.json =404; }
  }
}
EOF
# nginx workers drop root privileges: let them read the files.
chmod -R a+rX "$work"
log "starting nginx on 127.0.0.1:$nginx_port"
"$NGINX" -p "$work" -c "$work/nginx.conf"
nginx_started=1
nginx_url="http://127.0.0.1:$nginx_port$path"
cmp -s <(curl -sf "$nginx_url") "$work/www/graph.json" || { log "nginx does not serve the same bytes"; exit 1; }
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$nginx_url" >/dev/null
log "wrk against nginx ($DURATION, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$nginx_url" | tee "$work/wrk-nginx.txt" >&2
cmp -s <(curl -sf -H 'Accept-Encoding: gzip' "$nginx_url") "$work/www/graph.json.gz" || { log "nginx does not serve the same gzip bytes"; exit 1; }
log "wrk against nginx with Accept-Encoding: gzip"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$nginx_url" | tee "$work/wrk-nginx-gzip.txt" >&2

report() {
  local label=$1 java=$2 nginx=$3 bytes=$4
  read -r java_rps java_p99 <<<"$(parse_wrk "$java")"
  read -r nginx_rps nginx_p99 <<<"$(parse_wrk "$nginx")"
  awk -v label="$label" -v jr="$java_rps" -v jp="$java_p99" -v nr="$nginx_rps" -v np="$nginx_p99" -v bytes="$bytes" 'BEGIN {
    rr = jr / nr; pr = jp / np
    printf "%s: graph body %d bytes\n", label, bytes
    printf "  coreos-release serve     %10.0f req/s   p99 %8.0f us\n", jr, jp
    printf "  nginx (static file)      %10.0f req/s   p99 %8.0f us\n", nr, np
    printf "  throughput ratio         %10.2f  (target >= 0.90: %s)\n", rr, (rr >= 0.9 ? "met" : "MISSED")
    printf "  p99 ratio                %10.2f  (target <  10:   %s)\n", pr, (pr < 10 ? "met" : "MISSED")
  }'
}
report identity "$work/wrk-java.txt" "$work/wrk-nginx.txt" "$(wc -c <"$work/www/graph.json")"
report gzip "$work/wrk-java-gzip.txt" "$work/wrk-nginx-gzip.txt" "$(wc -c <"$work/www/graph.json.gz")"
