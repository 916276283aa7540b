#!/usr/bin/env bash
# Load benchmark of the generated Open Dental server (the packaged sample application, opendental-server.jar):
# requests/s and p50/p99 latency of GET by id, a list of 100, POST and PUT on /patients at 32 connections, next to
# a hello-world Javalin endpoint measured in the same run (the ceiling), and the server's resident memory.
#
# Each server runs in its own JVM on loopback; the load comes from wrk (Debian: apt-get install -y wrk). A second
# hello-world server first registers as many other routes as the generated server has (ROUTES), to show how much
# of the gap is Javalin's routing rather than the generated code.
# Every scenario gets a warm-up run, then a measured run of DURATION seconds. The hello-worlds and GET by id are
# measured in ROUNDS rounds, one after the other, so that load from elsewhere on a shared machine hits them alike:
# the ratios of each round are printed, and the round with the median ratio is the one reported.
#
# Usage: generated-samples/bench/load.sh [--no-build]
#   env: CONNECTIONS (32), THREADS (2), WARMUP (5), DURATION (10), ROUNDS (3), PORT (18080), HELLO_PORT (18081),
#        ROUTED_PORT (18082), ROUTES (339, the generated server's endpoints), JAVA_OPTS (JVM options of all
#        servers; default the settings of generated-samples/bin/opendental-server, "-Xmx128m -XX:+UseSerialGC";
#        "none" for the JVM's defaults), MALLOC_ARENA_MAX (2, as the launcher), DB (h2: in memory, the default; mariadb: a scratch database on
#        MARIADB_HOST (127.0.0.1), MARIADB_PORT (3306), user MARIADB_USER (root) without a password, created
#        for the run and dropped after it)
#        REQUEST_LOG (WARN: the per-request log line off; INFO to measure with it on),
#        LIST_OFFSETS (1000: the list scenario pages at a random Offset in 0..LIST_OFFSETS; "all" for the whole table)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
MODULE_DIR="$(dirname "$BENCH_DIR")"
ROOT_DIR="$(dirname "$MODULE_DIR")"
export BENCH_DIR
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5}"
DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
PORT="${PORT:-18080}"
HELLO_PORT="${HELLO_PORT:-18081}"
ROUTED_PORT="${ROUTED_PORT:-18082}"
ROUTES="${ROUTES:-339}"
JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}"
[[ "$JAVA_OPTS" == "none" ]] && JAVA_OPTS=""
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"   # as generated-samples/bin/opendental-server sets it
DB="${DB:-h2}"
# the per-request log line (logger odgen.requests) costs a write to the console per request: off unless asked
REQUEST_LOG="${REQUEST_LOG:-WARN}"
LIST_OFFSETS="${LIST_OFFSETS:-1000}"
MARIADB_HOST="${MARIADB_HOST:-127.0.0.1}"
MARIADB_PORT="${MARIADB_PORT:-3306}"
MARIADB_USER="${MARIADB_USER:-root}"
JAR="$MODULE_DIR/target/opendental-server.jar"
AUTH="Authorization: ODFHIR odgen-demo-developer/odgen-demo-customer"

command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (Debian: apt-get install -y wrk)" >&2; exit 1; }

if [[ "${1:-}" != "--no-build" ]]; then
  echo "building the server jar and test classes..."
  (cd "$ROOT_DIR" && mvn -B -q -o -pl generated-samples -am package -DskipTests)
fi
[[ -f "$JAR" ]] || { echo "load.sh: $JAR is missing; build without --no-build" >&2; exit 1; }

mariadb_sql() {   # statement
  mariadb -h"$MARIADB_HOST" -P"$MARIADB_PORT" -u"$MARIADB_USER" -e "$1"
}

case "$DB" in
  h2) DB_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"; DB_ARGS=() ;;
  mariadb)
    command -v mariadb >/dev/null || { echo "load.sh: the mariadb client is not installed" >&2; exit 1; }
    SCRATCH="odgen_bench_$$"
    mariadb_sql "CREATE DATABASE $SCRATCH" || { echo "load.sh: no MariaDB at $MARIADB_HOST:$MARIADB_PORT" >&2; exit 1; }
    DB_URL="jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/$SCRATCH"
    DB_ARGS=(--db-user "$MARIADB_USER" --db-password "")
    ;;
  *) echo "load.sh: DB must be h2 or mariadb, not '$DB'" >&2; exit 1 ;;
esac

SERVER_PID=""
HELLO_PID=""
ROUTED_PID=""
stop_servers() {
  for pid in "$SERVER_PID" "$HELLO_PID" "$ROUTED_PID"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [[ -n "${SCRATCH:-}" ]]; then
    mariadb_sql "DROP DATABASE IF EXISTS $SCRATCH" || true
  fi
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

LAST=""
measure() {   # name url script [args...]: one measured run; its result line in LAST
  local name="$1" url="$2" script="$3"
  shift 3
  local line
  line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$BENCH_DIR/$script" "$url" -- "$@" \
    | grep '^RESULT')"
  LAST="$name ${line#RESULT }"
  echo "  $name: ${line#RESULT }"
}

warm() {   # url script [args...]: a warm-up run, not recorded
  local url="$1" script="$2"
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/$script" "$url" -- "$@" >/dev/null
}

RESULTS=()
run() {   # name url script [args...]: warm-up, then the measured run, recorded
  warm "${@:2}"
  measure "$@"
  RESULTS+=("$LAST")
}

field() {   # result-line key
  sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1"
}

echo "starting two hello-world Javalin servers and the Open Dental server ($DB_URL, demo data)..."
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR:$MODULE_DIR/target/test-classes" dev.odgen.samples.bench.HelloWorldServer "$HELLO_PORT" \
  >/tmp/odgen-bench-hello.log 2>&1 &
HELLO_PID=$!
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR:$MODULE_DIR/target/test-classes" dev.odgen.samples.bench.HelloWorldServer "$ROUTED_PORT" \
  "$ROUTES" >/tmp/odgen-bench-routed.log 2>&1 &
ROUTED_PID=$!
# shellcheck disable=SC2086
java $JAVA_OPTS -Dodgen.requests.level="$REQUEST_LOG" -jar "$JAR" --host 127.0.0.1 --port "$PORT" --db-url "$DB_URL" "${DB_ARGS[@]}" \
  --demo-data on >/tmp/odgen-bench-server.log 2>&1 &
SERVER_PID=$!
wait_for "http://127.0.0.1:$HELLO_PORT/hello"
wait_for "http://127.0.0.1:$ROUTED_PORT/hello"
wait_for "http://127.0.0.1:$PORT/api/v1/patients/1" -H "$AUTH"
API="http://127.0.0.1:$PORT"
echo "server RSS after start: $(rss_mb "$SERVER_PID" VmRSS) MB; hello-world: $(rss_mb "$HELLO_PID" VmRSS) MB"

echo "measuring ($THREADS wrk threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per scenario):"
HELLO="http://127.0.0.1:$HELLO_PORT"
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
# list.lua pages at a random Offset in 0..(its argument - 100)
LIST_SPAN=$PATIENTS
if [[ "$LIST_OFFSETS" != "all" ]] && (( LIST_OFFSETS + 100 < PATIENTS )); then LIST_SPAN=$((LIST_OFFSETS + 100)); fi
run "GET /patients (100 rows)" "$API" list.lua "$LIST_SPAN"
LIST_RESULT="$LAST"
run "PUT /patients/{id}" "$API" put.lua "$PATIENTS"
ROUTED="http://127.0.0.1:$ROUTED_PORT"
warm "$HELLO" hello.lua
warm "$ROUTED" hello.lua
warm "$API" get-by-id.lua "$PATIENTS"
ROUNDS_SEEN=()
for round in $(seq 1 "$ROUNDS"); do
  measure "hello-world GET /hello" "$HELLO" hello.lua
  hello="$LAST"
  measure "hello-world behind $ROUTES other routes" "$ROUTED" hello.lua
  routed="$LAST"
  measure "GET /patients/{id}" "$API" get-by-id.lua "$PATIENTS"
  ratio=$(awk -v a="$(field "$LAST" rps)" -v b="$(field "$hello" rps)" 'BEGIN { printf "%.3f", a / b }')
  routed_ratio=$(awk -v a="$(field "$routed" rps)" -v b="$(field "$hello" rps)" 'BEGIN { printf "%.3f", a / b }')
  echo "  round $round: GET by id / hello-world = $ratio; routed hello-world / hello-world = $routed_ratio"
  ROUNDS_SEEN+=("$ratio|$routed_ratio|$hello|$routed|$LAST")
done
MEDIAN="$(printf '%s\n' "${ROUNDS_SEEN[@]}" | sort -t'|' -k1,1n | sed -n "$(( (ROUNDS + 1) / 2 ))p")"
IFS='|' read -r RATIO ROUTED_RATIO M_HELLO M_ROUTED M_GET <<<"$MEDIAN"
RESULTS=("$M_HELLO" "$M_ROUTED" "$M_GET" "${RESULTS[@]}")

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
echo "GET by id / hello-world: $RATIO (target >= 0.5); hello-world behind $ROUTES routes / hello-world: $ROUTED_RATIO"
echo "  (the median of $ROUNDS rounds of the three, measured one after the other; the table shows that round)"
echo "GET /patients (100 rows, Offset 0..$((LIST_SPAN - 100))) / hello-world: $(awk -v a="$(field "$LIST_RESULT" rps)" \
  -v b="$(field "$M_HELLO" rps)" 'BEGIN { printf "%.3f", a / b }') (the list run against the hello-world of the median round)"
echo "server resident memory: $SERVER_RSS MB now, $SERVER_PEAK MB peak (target < 300 MB); hello-world $HELLO_RSS MB"
echo "database: $DB; load average: $(cut -d' ' -f1-3 /proc/loadavg); JVM: $(java -version 2>&1 | head -1); JAVA_OPTS: ${JAVA_OPTS:-none}; request log: $REQUEST_LOG"
