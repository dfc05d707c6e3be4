#!/usr/bin/env bash
# Start-up of the pbiadmin launcher, before and after, in one run (issue 16).
# Usage: bench/startup-bench.sh [before-ref=92a05fc] [runs=5]
# Builds BEFORE in a temporary git worktree and this checkout as it is, then for each, through its
# own ./pbiadmin launcher: jar size and entries, `--version`, `token --emulator DIR` (against one
# emulator both share) and `demo` wall time, each the median of RUNS. The after launcher's first
# run (it builds the class-data-sharing archive) is not timed; every timed run is a fresh JVM.
# hyperfine is used when installed (BENCH_TOOL=loop forces the plain loop; BENCH_TOOL=hyperfine
# installs it with bench_need). Whole script: about 10 minutes on 2 cores, most of it the builds and
# the demos.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE_REF=${1:-92a05fc}
RUNS=${2:-5}
. bench/lib.sh
TOOL=${BENCH_TOOL:-auto}
if [ "$TOOL" = hyperfine ]; then bench_need hyperfine:hyperfine; fi
if [ "$TOOL" = auto ]; then
  if command -v hyperfine >/dev/null 2>&1; then TOOL=hyperfine; else TOOL=loop; fi
fi

WORK=$(mktemp -d /tmp/pbiadmin-startup-bench.XXXXXX)
EMU=""
cleanup() {
  [ -n "$EMU" ] && kill "$EMU" 2>/dev/null || true
  git worktree remove --force "$WORK/before" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Each side is built by itself, in its own tree (-am: no SNAPSHOT from ~/.m2 mixes in).
build() { (cd "$1" && ./mvnw -q -B -pl cli -am -Dmaven.test.skip=true package >"$WORK/build-$2.log" 2>&1) \
  || { cat "$WORK/build-$2.log"; exit 1; }; }
git worktree add -q --detach "$WORK/before" "$BEFORE_REF"
echo "building $BEFORE_REF and this checkout ($(git rev-parse --short HEAD)$(git diff --quiet || echo ", uncommitted changes"))…" >&2
build "$WORK/before" before
build "$PWD" after

# Median of RUNS wall times, in seconds, of the command "$@" run from $WORK (output discarded).
median_of() {
  if [ "$TOOL" = hyperfine ]; then
    (cd "$WORK" && hyperfine -N -w 0 -r "$RUNS" --export-json "$WORK/h.json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1)
    python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$WORK/h.json"
    return
  fi
  local times=() t0 i
  for i in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    (cd "$WORK" && "$@" >/dev/null 2>&1)
    times+=("$(( $(date +%s%N) - t0 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | awk '{printf "%.2f\n", $1 / 1e9}'
}

echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); timing: $TOOL, median of $RUNS"

# One emulator serves both sides' `token --emulator`: the after jar's, started once, untimed.
java -jar cli/target/pbiadmin.jar emulator --port 0 --data-dir "$WORK/emu" --demo-workspaces 5 >"$WORK/emu.log" 2>&1 &
EMU=$!
for _ in $(seq 1 300); do grep -q "pbiadmin emulator ready" "$WORK/emu.log" && break; sleep 0.2; done
grep -q "pbiadmin emulator ready" "$WORK/emu.log" || { cat "$WORK/emu.log"; exit 1; }

# The after launcher makes its start-up archive on first use; that run is the build's, not timed.
"$PWD/pbiadmin" --version >/dev/null

declare -A row
for side in before after; do
  tree=$([ "$side" = before ] && echo "$WORK/before" || echo "$PWD")
  jar="$tree/cli/target/pbiadmin.jar"
  launcher="$tree/pbiadmin"
  row[$side.size]=$(awk '{printf "%.1f MB", $1 / 1e6}' <<<"$(stat -c %s "$jar")")
  row[$side.entries]=$(unzip -l "$jar" | tail -n 1 | awk '{print $2}')
  row[$side.version]=$(median_of "$launcher" --version)
  row[$side.token]=$(median_of "$launcher" token --emulator "$WORK/emu")
  row[$side.demo]=$(median_of "$launcher" demo --db "$WORK/demo-$side.duckdb")
  echo "$side: ${row[$side.size]}, ${row[$side.entries]} entries, --version ${row[$side.version]} s," \
    "token --emulator ${row[$side.token]} s, demo ${row[$side.demo]} s" >&2
done

ratio() { awk -v b="$1" -v a="$2" 'BEGIN { if (a > 0) printf "%.1f×", b / a; else print "–" }'; }
echo
echo "| measure (median of $RUNS, wall) | before ($BEFORE_REF) | after ($(git rev-parse --short HEAD)) | before / after |"
echo "|---|---|---|---|"
echo "| \`pbiadmin --version\` | ${row[before.version]} s | ${row[after.version]} s | $(ratio "${row[before.version]}" "${row[after.version]}") |"
echo "| \`pbiadmin token --emulator DIR\` | ${row[before.token]} s | ${row[after.token]} s | $(ratio "${row[before.token]}" "${row[after.token]}") |"
echo "| \`pbiadmin demo\` | ${row[before.demo]} s | ${row[after.demo]} s | $(ratio "${row[before.demo]}" "${row[after.demo]}") |"
echo "| jar size | ${row[before.size]} | ${row[after.size]} | |"
echo "| jar entries | ${row[before.entries]} | ${row[after.entries]} | |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
