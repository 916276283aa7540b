#!/usr/bin/env bash
# The odgen-maven-plugin goal's own time inside a downstream build: makes a project under maven-plugin/target/
# that generates the whole bundled Open Dental spec (every kind) in generate-sources, then runs
#   full:  `mvn generate-sources` after deleting the project's target/ (everything generated), N times;
#   no-op: `mvn generate-sources` again with nothing changed (the input digest matches), N times.
# The goal's time is read off Maven's own timestamps: from the goal's header line to the end of the build (the
# goal is the only one in the build). Prints medians, and the wall time of the whole mvn command beside it.
#
# Usage: maven-plugin/bench/goal-time.sh [runs]   (install the plugin first: mvn -B -q install -DskipTests)
# A measuring script, not a test: read the load average printed beside the figures.
set -euo pipefail
runs="${1:-5}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
project="$here/../target/goal-time-project"
rm -rf "$project"
mkdir -p "$project"
cat >"$project/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.odgen.bench</groupId>
  <artifactId>goal-time</artifactId>
  <version>1.0</version>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.odgen</groupId>
        <artifactId>odgen-maven-plugin</artifactId>
        <version>$version</version>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM

# the .mvn/maven.config of this worktree (its own local repository), when there is one
mvn_config=()
if [ -f "$root/.mvn/maven.config" ]; then read -r -a mvn_config <"$root/.mvn/maven.config"; fi

# one build; prints "GOAL_SECONDS WALL_SECONDS"
build() {
  local log="$project/build.log" start end
  start=$(date +%s.%N)
  (cd "$project" && mvn -B "${mvn_config[@]}" -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS generate-sources >"$log" 2>&1) \
    || { echo "goal-time.sh: the build failed, see $log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v wall="$(echo "$start $end" | awk '{ print $2 - $1 }')" '
    function secs(t,  p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    /--- odgen.*:generate/ { begin = secs($1) }
    /BUILD SUCCESS/ { finish = secs($1) }
    END { printf "%.3f %.2f\n", finish - begin, wall }' "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$project/full"; : >"$project/noop"
for _ in $(seq "$runs"); do
  rm -rf "$project/target"
  build >>"$project/full"
  build >>"$project/noop"
done
grep -h 'odgen: ' "$project/build.log" | sed 's/^/  last no-op run: /' | head -2
for kind in full noop; do
  label="full generation (empty target/)"; [ "$kind" = noop ] && label="no-op run (nothing changed)"
  printf '%-32s goal %6.3f s median (range %s-%s), whole mvn %5.2f s median (%d runs)\n' "$label" \
    "$(cut -d' ' -f1 "$project/$kind" | median)" "$(cut -d' ' -f1 "$project/$kind" | sort -n | head -1)" \
    "$(cut -d' ' -f1 "$project/$kind" | sort -n | tail -1)" "$(cut -d' ' -f2 "$project/$kind" | median)" "$runs"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
