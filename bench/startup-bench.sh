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
if [ "$TOOL" = loop ]; then bench_need /usr/bin/time:time; fi

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

# Median of RUNS wall times and median CPU (user + system) seconds of the command "$@" run from
# $WORK (output discarded); prints "WALL CPU". CPU is the robust figure on a loaded machine.
median_of() {
  if [ "$TOOL" = hyperfine ]; then
    (cd "$WORK" && hyperfine -N -w 0 -r "$RUNS" --export-json "$WORK/h.json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1)
    python3 -c 'import json,sys,statistics as s; r=json.load(open(sys.argv[1]))["results"][0]
print("%.2f %.2f" % (r["median"], r["user"] + r["system"]))' "$WORK/h.json"
    return
  fi
  local i
  : >"$WORK/times"
  for i in $(seq 1 "$RUNS"); do
    (cd "$WORK" && /usr/bin/time -a -o "$WORK/times" -f "%e %U %S" "$@" >/dev/null 2>&1)
  done
  python3 -c 'import sys,statistics as s; r=[l.split() for l in open(sys.argv[1]) if l[0].isdigit()]
print("%.2f %.2f" % (s.median(float(x[0]) for x in r), s.median(float(x[1]) + float(x[2]) for x in r)))' "$WORK/times"
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
  read -r row[$side.version] row[$side.version.cpu] <<<"$(median_of "$launcher" --version)"
  read -r row[$side.token] row[$side.token.cpu] <<<"$(median_of "$launcher" token --emulator "$WORK/emu")"
  read -r row[$side.demo] row[$side.demo.cpu] <<<"$(median_of "$launcher" demo --db "$WORK/demo-$side.duckdb")"
  echo "$side: ${row[$side.size]}, ${row[$side.entries]} entries, --version ${row[$side.version]} s," \
    "token --emulator ${row[$side.token]} s, demo ${row[$side.demo]} s (wall)" >&2
done

ratio() { awk -v b="$1" -v a="$2" 'BEGIN { if (a > 0) printf "%.1f×", b / a; else print "–" }'; }
echo
echo "| measure (median of $RUNS) | before ($BEFORE_REF) wall | after ($(git rev-parse --short HEAD)) wall | before / after | before CPU | after CPU |"
echo "|---|---|---|---|---|---|"
line() { # $1 label, $2 key
  echo "| $1 | ${row[before.$2]} s | ${row[after.$2]} s | $(ratio "${row[before.$2]}" "${row[after.$2]}") | ${row[before.$2.cpu]} s | ${row[after.$2.cpu]} s |"
}
line '`pbiadmin --version`' version
line '`pbiadmin token --emulator DIR`' token
line '`pbiadmin demo`' demo
echo "| jar size | ${row[before.size]} | ${row[after.size]} | | | |"
echo "| jar entries | ${row[before.entries]} | ${row[after.entries]} | | | |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
