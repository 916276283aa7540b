#!/usr/bin/env bash
# Cold-process timings of the odgen launcher: prints the median wall and CPU (user+sys) time of N runs of
#   odgen generate -o DIR   (the whole bundled Open Dental spec, all kinds, DIR empty before each run)
#   odgen validate          (the bundled spec)
#   odgen --version
# with the class-data-sharing archive (target/odgen.jsa) and without it, then, when OpenAPI Generator's CLI
# jar can be fetched, its Java client generation from odgen's own OpenAPI export, in the same run.
#
# Usage: generator/cli/bench/cold.sh [runs]      (build first: mvn -B -q install -DskipTests)
# A measuring script, not a test: the machine is shared, so read the load average printed beside the figures.
set -euo pipefail
runs="${1:-7}"
here=$(cd "$(dirname "$0")" && pwd)
cli="$here/../bin/odgen"
target="$here/../target"
work=$(mktemp -d "${TMPDIR:-/tmp}/odgen-cold.XXXXXX")
trap 'rm -rf "$work"' EXIT

[ -f "$target/odgen.jar" ] || { echo "cold.sh: $target/odgen.jar missing; build first" >&2; exit 3; }

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL PREPARE COMMAND...: runs PREPARE then COMMAND `runs` times; prints median wall and CPU seconds
measure() {
  local label="$1" prepare="$2"; shift 2
  : >"$work/wall"; : >"$work/cpu"
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/err" \
      || { echo "cold.sh: '$label' failed:" >&2; cat "$work/err" >&2; exit 1; }
    read -r wall user sys <"$work/time"
    echo "$wall" >>"$work/wall"
    echo "$user $sys" | awk '{ printf "%.2f\n", $1 + $2 }' >>"$work/cpu"
  done
  printf '%-58s wall %6.2f s  cpu %6.2f s  (median of %d; wall range %s-%s)\n' "$label" \
    "$(median <"$work/wall")" "$(median <"$work/cpu")" "$runs" "$(sort -n "$work/wall" | head -1)" \
    "$(sort -n "$work/wall" | tail -1)"
  median <"$work/wall" >"$work/last-median"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores, $(java -version 2>&1 | head -1))"
out="$work/out-dir"
measure "odgen generate -o DIR (empty DIR), with CDS archive" "rm -rf '$out'" "$cli" generate -o "$out"
odgen_cds=$(cat "$work/last-median")
measure "odgen validate, with CDS archive" ":" "$cli" validate
measure "odgen --version, with CDS archive" ":" "$cli" --version
if [ -f "$target/odgen.jsa" ]; then
  measure "odgen generate -o DIR (empty DIR), no archive" "rm -rf '$out'" env ODGEN_CDS=off "$cli" generate -o "$out"
  measure "odgen validate, no archive" ":" env ODGEN_CDS=off "$cli" validate
else
  echo "(no $target/odgen.jsa: every figure above ran without an archive)"
fi
echo "load average after odgen: $(cut -d' ' -f1-3 /proc/loadavg)"

# OpenAPI Generator's Java client, from the OpenAPI document odgen exports for the same API
version="${OPENAPI_GENERATOR_VERSION:-7.12.0}"
jar="$work/openapi-generator-cli.jar"
if ! mvn -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$version" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true >"$work/mvn.log" 2>&1 || [ ! -f "$jar" ]; then
  echo "skipped OpenAPI Generator: org.openapitools:openapi-generator-cli:$version could not be fetched" \
    "(mvn dependency:copy: $(grep -m1 -E 'ERROR' "$work/mvn.log" | cut -c1-160))"
  exit 0
fi
"$cli" openapi -o "$work/opendental.yaml" >/dev/null
measure "openapi-generator $version generate -g java (same API)" "rm -rf '$work/oag'" \
  java -jar "$jar" generate -g java -i "$work/opendental.yaml" -o "$work/oag" --skip-validate-spec
oag=$(cat "$work/last-median")
echo "ratio odgen generate / openapi-generator java client (wall medians, same run): $(echo "$odgen_cds $oag" | awk '{ printf "%.2f", $1 / $2 }')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
