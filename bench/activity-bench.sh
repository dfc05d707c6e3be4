#!/usr/bin/env bash
# Benchmarks of `pbiadmin activity`, end to end over HTTPS against a standalone emulator that pages
# the activity log as the real service does (an hour slice per page at most, busy hours over several
# pages; reference §11).
#
#   backfill [SCALE]         30-day backfill (29 retained whole days + today) with the emulator's
#                            quotas ON at --time-scale SCALE (default 120: an emulated hour passes in
#                            30 s). Reports wall ÷ floor, where floor is what the emulator's own limit
#                            allows for the calls the run needed: the n-th GetActivityEvents call can
#                            go out (n-1) div 200 emulated hours after the first ("Maximum 200 requests
#                            per hour"), i.e. floor = ((calls-1) div 200) * 3600 / SCALE s.
#   rss [EVENTS] [PAGE]      one UTC day (yesterday) of EVENTS events (default 1,000,000) in pages of
#                            PAGE (default 10,000), quotas off: the CLI's wall time, events/s and peak
#                            RSS (/usr/bin/time -v) of the pull (without --parquet).
#   all                      both (default).
#
# The CLI runs as `java -Xmx$CLI_HEAP` (default 128m), the emulator with -Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need /usr/bin/time:time
MODE="${1:-all}"
CLI_HEAP="${CLI_HEAP:-128m}"
# more JVM options for the CLI, e.g. CLI_JAVA_OPTS=-XX:+UseSerialGC
CLI_JAVA_OPTS="${CLI_JAVA_OPTS:-}"
WORK="$(mktemp -d)"
EMU_PID=""
cleanup() {
  local info
  for info in "$WORK"/emu-*/emulator.json; do
    [ -f "$info" ] && kill "$(sed -n 's/.*"pid" *: *\([0-9]*\).*/\1/p' "$info")" 2>/dev/null || true
  done
  if [ -n "$EMU_PID" ] && kill -0 "$EMU_PID" 2>/dev/null; then kill "$EMU_PID"; wait "$EMU_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
./mvnw -q -B -o -pl cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="cli/target/classes:client/target/classes:emulator/target/classes:$(cat "$WORK/cp.txt")"

# start_emulator DIR ARGS...: a standalone emulator under /usr/bin/time, waits until it is ready
start_emulator() {
  local dir=$1
  shift
  /usr/bin/time -v -o "$dir.time" java -Xmx256m -cp "$CP" dev.pbiadmin.emulator.EmulatorMain \
    --port 0 --data-dir "$dir" --demo-workspaces 200 "$@" >"$dir.out" 2>"$dir.err" &
  EMU_PID=$!
  for _ in $(seq 1 120); do
    grep -q "pbiadmin emulator ready" "$dir.out" 2>/dev/null && return 0
    kill -0 "$EMU_PID" 2>/dev/null || { cat "$dir.err" >&2; exit 1; }
    sleep 1
  done
  echo "the emulator did not start" >&2
  exit 1
}

# stop_emulator DIR: stops the emulator's JVM itself (its pid is in emulator.json) so time reports
stop_emulator() {
  kill "$(sed -n 's/.*"pid" *: *\([0-9]*\).*/\1/p' "$1/emulator.json")"
  wait "$EMU_PID" 2>/dev/null || true
  EMU_PID=""
}

peak_rss() {
  awk '/Maximum resident/ {printf "%d MiB", $6/1024}' "$1"
}

backfill() {
  local scale="${1:-120}" emu="$WORK/emu-backfill"
  local from to
  from="$(date -u -d '29 days ago' +%F)"
  to="$(date -u +%F)"
  start_emulator "$emu" --time-scale "$scale" --activity-page-size 5000
  echo "backfill $from..$to (30 days) at --time-scale $scale, quotas on (200 GetActivityEvents calls per emulated hour)"
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$WORK/backfill.time" java -Xmx"$CLI_HEAP" $CLI_JAVA_OPTS -cp "$CP" dev.pbiadmin.cli.Main activity \
    --emulator "$emu" --from "$from" --to "$to" --db "$WORK/backfill.duckdb" >"$WORK/backfill.out" 2>"$WORK/backfill.err" \
    || { tail -20 "$WORK/backfill.err" >&2; exit 1; }
  end=$(date +%s.%N)
  stop_emulator "$emu"
  local calls
  calls="$(sed -n 's/.*(\([0-9]*\) GetActivityEvents call(s)).*/\1/p' "$WORK/backfill.out")"
  tail -1 "$WORK/backfill.out"
  awk -v s="$start" -v e="$end" -v n="$calls" -v scale="$scale" 'BEGIN {
    floor = int((n - 1) / 200) * 3600 / scale
    printf "backfill: %d calls, wall %.1f s, floor %.1f s (%d full hours of budget at scale %s), wall / floor = %.3f\n",
      n, e - s, floor, int((n - 1) / 200), scale, (e - s) / floor }'
  echo "backfill peak RSS: pbiadmin $(peak_rss "$WORK/backfill.time") (-Xmx$CLI_HEAP $CLI_JAVA_OPTS)"
}

rss() {
  local events="${1:-1000000}" page="${2:-10000}" emu="$WORK/emu-rss" day
  day="$(date -u -d yesterday +%F)"
  start_emulator "$emu" --no-throttling --activity-events-per-day "$events" --activity-page-size "$page"
  echo "day $day: $events events in pages of $page over HTTPS"
  local start end
  start=$(date +%s.%N)
  # the pull alone: the Parquet export (--parquet) runs with its own, larger DuckDB limit
  /usr/bin/time -v -o "$WORK/rss.time" java -Xmx"$CLI_HEAP" $CLI_JAVA_OPTS -cp "$CP" dev.pbiadmin.cli.Main activity \
    --emulator "$emu" --from "$day" --to "$day" --db "$WORK/rss.duckdb" 2>"$WORK/rss.err" \
    || { grep -v "page .* stored" "$WORK/rss.err" | tail -20 >&2; stop_emulator "$emu"
         echo "pbiadmin activity failed (-Xmx$CLI_HEAP $CLI_JAVA_OPTS): no figure" >&2; return 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$events" 'BEGIN { printf "pbiadmin activity: %.1f s wall = %.0f events/s\n", e - s, n / (e - s) }' 
  stop_emulator "$emu"
  echo "peak RSS: pbiadmin $(peak_rss "$WORK/rss.time") (-Xmx$CLI_HEAP $CLI_JAVA_OPTS), emulator $(peak_rss "$emu.time") (-Xmx256m)"
}

case "$MODE" in
  backfill) backfill "${2:-120}" ;;
  rss) rss "${2:-1000000}" "${3:-10000}" ;;
  all) backfill; rss ;;
  *) echo "usage: bench/activity-bench.sh [backfill [SCALE] | rss [EVENTS] [PAGE] | all]" >&2; exit 2 ;;
esac
