#!/usr/bin/env bash
# Measures the start-up of target/opendental-server.jar: wall time from `java -jar` to the first 200 from
# /health, on a fresh H2 file (tables created, demo practice inserted) and again on the same file (nothing to
# create or insert). Prints one line per run and the jar's size. Usage: scripts/startup-time.sh [runs] [port]
set -euo pipefail
runs=${1:-3}
port=${2:-18180}
jar="$(cd "$(dirname "$0")/.." && pwd)/target/opendental-server.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start_once() { # $1 = label; prints the wall time until /health answers
  local begin end pid
  begin=$(date +%s%N)
  (cd "$work" && exec java -jar "$jar" --port "$port" > "$work/out.txt" 2>&1) &
  pid=$!
  until curl -sf "http://localhost:$port/health" > /dev/null 2>&1; do
    kill -0 "$pid" 2> /dev/null || { cat "$work/out.txt" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  printf '%-34s %6d ms wall   (%s)\n' "$1" $(( (end - begin) / 1000000 )) \
    "$(grep -o 'started in [0-9.]* s' "$work/out.txt")"
  kill "$pid"
  wait "$pid" 2> /dev/null || true
}

for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  start_once "fresh H2 file (schema + demo data)"
  start_once "existing H2 file"
done
echo "jar: $(stat -c %s "$jar") bytes; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
