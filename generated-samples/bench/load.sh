#!/usr/bin/env bash
# Load benchmark of the generated Open Dental server (the packaged sample application, opendental-server.jar):
# requests/s and p50/p99 latency of GET by id, a list of 100, POST and PUT on /patients at 32 connections, next to
# a hello-world Javalin endpoint measured in the same run (the ceiling), and the server's resident memory.
#
# Each server runs in its own JVM on loopback; the load comes from wrk (Debian: apt-get install -y wrk).
# Every scenario gets a warm-up run, then a measured run; nothing runs longer than WARMUP + DURATION seconds.
#
# Usage: generated-samples/bench/load.sh [--no-build]
#   env: CONNECTIONS (32), THREADS (2), WARMUP (5), DURATION (10), PORT (18080), HELLO_PORT (18081),
#        JAVA_OPTS (JVM options of both servers, default none)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
MODULE_DIR="$(dirname "$BENCH_DIR")"
ROOT_DIR="$(dirname "$MODULE_DIR")"
export BENCH_DIR
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5}"
DURATION="${DURATION:-10}"
PORT="${PORT:-18080}"
HELLO_PORT="${HELLO_PORT:-18081}"
JAVA_OPTS="${JAVA_OPTS:-}"
JAR="$MODULE_DIR/target/opendental-server.jar"
AUTH="Authorization: ODFHIR odgen-demo-developer/odgen-demo-customer"

command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (Debian: apt-get install -y wrk)" >&2; exit 1; }

if [[ "${1:-}" != "--no-build" ]]; then
  echo "building the server jar and test classes..."
  (cd "$ROOT_DIR" && mvn -B -q -o -pl generated-samples -am package -DskipTests)
fi
[[ -f "$JAR" ]] || { echo "load.sh: $JAR is missing; build without --no-build" >&2; exit 1; }

SERVER_PID=""
HELLO_PID=""
stop_servers() {
  for pid in "$SERVER_PID" "$HELLO_PID"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap stop_servers EXIT

wait_for() {   # url [curl options]: up to 60 s until the URL answers 200
  local url="$1"
  shift
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$@" "$url" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "load.sh: $url did not come up (see /tmp/odgen-bench-*.log)" >&2
  exit 1
}

rss_mb() {   # pid field (VmRSS or VmHWM) in MB
  awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

RESULTS=()
run() {   # name url script [args...]: warm-up, then the measured run
  local name="$1" url="$2" script="$3"
  shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/$script" "$url" -- "$@" >/dev/null
  local line
  line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$BENCH_DIR/$script" "$url" -- "$@" \
    | grep '^RESULT')"
  RESULTS+=("$name ${line#RESULT }")
  echo "  $name: ${line#RESULT }"
}

field() {   # result-line key
  sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1"
}

echo "starting hello-world Javalin and the Open Dental server (H2 in memory, demo data)..."
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR:$MODULE_DIR/target/test-classes" dev.odgen.samples.bench.HelloWorldServer "$HELLO_PORT" \
  >/tmp/odgen-bench-hello.log 2>&1 &
HELLO_PID=$!
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --host 127.0.0.1 --port "$PORT" --db-url "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  --demo-data on >/tmp/odgen-bench-server.log 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$HELLO_PORT/hello"
wait_for "http://127.0.0.1:$PORT/api/v1/patients/1" -H "$AUTH"
API="http://127.0.0.1:$PORT"
echo "server RSS after start: $(rss_mb "$SERVER_PID" VmRSS) MB; hello-world: $(rss_mb "$HELLO_PID" VmRSS) MB"

echo "measuring ($THREADS wrk threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per scenario):"
run "hello-world GET /hello" "http://127.0.0.1:$HELLO_PORT" hello.lua
# POST first: it fills the patient table the other scenarios pick their ids from
run "POST /patients" "$API" post.lua
# ids are dense (auto-increment, nothing deleted), so the count is the highest id: found by probing offsets
PATIENTS=0
for step in 100000 10000 1000 100 10 1; do
  while [[ "$(curl -fsS -H "$AUTH" "$API/api/v1/patients?Offset=$((PATIENTS + step - 1))&Limit=1")" != "[]" ]]; do
    PATIENTS=$((PATIENTS + step))
  done
done
echo "  ($PATIENTS patients in the table)"
run "GET /patients/{id}" "$API" get-by-id.lua "$PATIENTS"
run "GET /patients (100 rows)" "$API" list.lua "$PATIENTS"
run "PUT /patients/{id}" "$API" put.lua "$PATIENTS"

SERVER_RSS=$(rss_mb "$SERVER_PID" VmRSS)
SERVER_PEAK=$(rss_mb "$SERVER_PID" VmHWM)
HELLO_RSS=$(rss_mb "$HELLO_PID" VmRSS)

echo
echo "| what | req/s | p50 | p99 | max | non-2xx |"
echo "|---|---|---|---|---|---|"
for r in "${RESULTS[@]}"; do
  name="${r%% requests=*}"
  echo "| $name | $(field "$r" rps) | $(field "$r" p50_ms) ms | $(field "$r" p99_ms) ms | $(field "$r" max_ms) ms | $(field "$r" non2xx) |"
done
echo
HELLO_RPS=$(field "${RESULTS[0]}" rps)
GET_RPS=$(field "${RESULTS[2]}" rps)
echo "GET by id / hello-world: $(awk -v a="$GET_RPS" -v b="$HELLO_RPS" 'BEGIN { printf "%.2f", a / b }') (target >= 0.5)"
echo "server resident memory: $SERVER_RSS MB now, $SERVER_PEAK MB peak (target < 300 MB); hello-world $HELLO_RSS MB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); JVM: $(java -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-none}"
