#!/usr/bin/env bash
# Cold-process timings of the odgen launcher: prints the median wall and CPU (user+sys) time of N runs of
#   odgen generate -o DIR   (the whole bundled Open Dental spec, all kinds, DIR emptied before each run)
#   odgen validate          (the bundled spec)
#   odgen --version
# with the class-data-sharing archive (target/odgen.jsa) and without it (ODGEN_CDS=off), then, when OpenAPI
# Generator's CLI jar can be fetched, its Java client generation from odgen's own OpenAPI export.
# Every round runs each case once, one after the other, so load from other processes hits them alike.
#
# Usage: generator/cli/bench/cold.sh [runs]      (build first: mvn -B -q install -DskipTests)
#        OPENAPI_GENERATOR=skip leaves OpenAPI Generator out; OPENAPI_GENERATOR_VERSION picks its version.
# A measuring script, not a test: the machine is shared, so read the load average printed beside the figures.
set -euo pipefail
runs="${1:-7}"
here=$(cd "$(dirname "$0")" && pwd)
cli="$here/../bin/odgen"
target=$(cd "$here/../target" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/odgen-cold.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -f "$target/odgen.jar" ] || { echo "cold.sh: $target/odgen.jar missing; build first" >&2; exit 3; }

version="${OPENAPI_GENERATOR_VERSION:-7.12.0}"
oag_jar="$work/openapi-generator-cli.jar"
oag_note=""
if [ "${OPENAPI_GENERATOR:-}" = skip ]; then
  oag_note="skipped OpenAPI Generator: OPENAPI_GENERATOR=skip"
elif ! mvn -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$version" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true >"$work/mvn.log" 2>&1 || [ ! -f "$oag_jar" ]; then
  oag_note="skipped OpenAPI Generator: org.openapitools:openapi-generator-cli:$version could not be fetched ($(grep -m1 ERROR "$work/mvn.log" | cut -c1-160))"
  rm -f "$oag_jar"
else
  "$cli" openapi -o "$work/opendental.yaml" >/dev/null
fi

out="$work/out"
names=(generate validate version generate-nocds validate-nocds)
labels=("odgen generate -o DIR (empty DIR)" "odgen validate" "odgen --version"
  "odgen generate -o DIR, without the CDS archive" "odgen validate, without the CDS archive")
commands=("'$cli' generate -o '$out'" "'$cli' validate" "'$cli' --version"
  "ODGEN_CDS=off '$cli' generate -o '$out'" "ODGEN_CDS=off '$cli' validate")
if [ -f "$oag_jar" ]; then
  names+=(oag)
  labels+=("openapi-generator $version generate -g java (same API)")
  commands+=("java -jar '$oag_jar' generate -g java -i '$work/opendental.yaml' -o '$out' --skip-validate-spec")
fi

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores, $(java -version 2>&1 | head -1))"
for _ in $(seq "$runs"); do
  for i in "${!names[@]}"; do
    rm -rf "$out"
    /usr/bin/time -f "%e %U %S" -o "$work/time" sh -c "${commands[$i]}" >"$work/stdout" 2>"$work/stderr" \
      || { echo "cold.sh: '${labels[$i]}' failed:" >&2; cat "$work/stderr" >&2; exit 1; }
    read -r wall user sys <"$work/time"
    echo "$wall" >>"$work/${names[$i]}.wall"
    awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f\n", u + s }' >>"$work/${names[$i]}.cpu"
  done
done
for i in "${!names[@]}"; do
  n="$work/${names[$i]}"
  printf '%-56s wall %6.2f s  cpu %6.2f s  (median of %d; wall %s-%s)\n' "${labels[$i]}" "$(median <"$n.wall")" \
    "$(median <"$n.cpu")" "$runs" "$(sort -n "$n.wall" | head -1)" "$(sort -n "$n.wall" | tail -1)"
done
if [ -f "$oag_jar" ]; then
  awk -v a="$(median <"$work/generate.wall")" -v b="$(median <"$work/oag.wall")" \
    'BEGIN { printf "odgen generate / openapi-generator java client (wall medians, same run): %.2f\n", a / b }'
else
  echo "$oag_note"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
