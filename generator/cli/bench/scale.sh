#!/usr/bin/env bash
# How generation time grows with the spec: writes a synthetic spec COPIES (4) times the size of Open Dental's
# (every resource file copied and renamed: synthetic-spec.py, beside this script) and times, for Open Dental and
# for it:
#   cold: bin/odgen generate SPEC -o DIR from an empty DIR, a whole process each, medians of N runs (taking turns);
#   warm: reading + checking the spec and emitting every file in memory, in one JVM (dev.odgen.bench.ScaleBenchmark).
# Prints both ratios (target: at most 4.5 times Open Dental's time for 4 times the spec).
#
# Usage: generator/cli/bench/scale.sh [runs]   (build first: mvn -B -q install -DskipTests; needs python3)
set -euo pipefail
runs="${1:-5}"
copies="${COPIES:-4}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cli="$here/../bin/odgen"
target=$(cd "$here/../target" && pwd)
tests="$root/generator/codegen/target/test-classes"
[ -f "$target/odgen.jar" ] && [ -d "$tests/dev/odgen/bench" ] \
  || { echo "scale.sh: build first (mvn -B -q install -DskipTests)" >&2; exit 3; }
work=$(mktemp -d "${TMPDIR:-/tmp}/odgen-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
big="$target/scale-spec"
python3 "$here/synthetic-spec.py" "$root/spec/opendental" "$big" "$copies"
"$cli" validate "$big"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for name in opendental big; do
    spec="$root/spec/opendental"; [ "$name" = big ] && spec="$big"
    rm -rf "$work/out"
    /usr/bin/time -f "%e" -o "$work/time" "$cli" generate "$spec" -o "$work/out" >"$work/stdout"
    cat "$work/time" >>"$work/$name.wall"
  done
done
a=$(median <"$work/opendental.wall"); b=$(median <"$work/big.wall")
echo "cold, bin/odgen generate from an empty folder (median of $runs): Open Dental $a s, ${copies}x spec $b s;" \
  "ratio $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')"
java -XX:+UseSerialGC -cp "$target/odgen.jar:$tests" dev.odgen.bench.ScaleBenchmark "${WARMUPS:-5}" "${ROUNDS:-10}" \
  "$root/spec/opendental" "$big"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
