#!/usr/bin/env bash
# Ingest benchmark of `pbiadmin activity` for one large UTC day (default 1,000,000 events), end to
# end over HTTPS: a standalone emulator (256 MiB heap) generates yesterday's events page by page
# (default 10,000 per page, the top of the real service's 5,000-10,000; quotas off) and the real CLI
# (256 MiB heap) pulls them with GetActivityEvents into DuckDB and exports Hive-partitioned Parquet,
# which DuckDB reads back. Prints the CLI's wall time and events/s, both processes' peak RSS, and
# the counts.
# Usage: bench/activity-bench.sh [EVENTS] [PAGE]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need /usr/bin/time:time
EVENTS="${1:-1000000}"
PAGE="${2:-10000}"
WORK="$(mktemp -d)"
EMU_PID=""
cleanup() {
  if [ -n "$EMU_PID" ] && kill -0 "$EMU_PID" 2>/dev/null; then kill "$EMU_PID"; wait "$EMU_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
./mvnw -q -B -pl cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="cli/target/classes:client/target/classes:emulator/target/classes:$(cat "$WORK/cp.txt")"
DAY="$(date -u -d yesterday +%F)"

/usr/bin/time -v -o "$WORK/emulator.time" java -Xmx256m -cp "$CP" dev.pbiadmin.emulator.EmulatorMain \
  --port 0 --data-dir "$WORK/emu" --demo-workspaces 200 --no-throttling \
  --activity-events-per-day "$EVENTS" --activity-page-size "$PAGE" >"$WORK/emulator.out" 2>"$WORK/emulator.err" &
EMU_PID=$!
for _ in $(seq 1 120); do
  grep -q "pbiadmin emulator ready" "$WORK/emulator.out" 2>/dev/null && break
  kill -0 "$EMU_PID" 2>/dev/null || { cat "$WORK/emulator.err" >&2; exit 1; }
  sleep 1
done
grep -q "pbiadmin emulator ready" "$WORK/emulator.out" || { echo "the emulator did not start" >&2; exit 1; }

echo "day $DAY: $EVENTS events in pages of $PAGE over HTTPS"
START=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/cli.time" java -Xmx256m -cp "$CP" dev.pbiadmin.cli.Main activity \
  --emulator "$WORK/emu" --from "$DAY" --to "$DAY" --db "$WORK/bench.duckdb" --parquet "$WORK/parquet"
END=$(date +%s.%N)
awk -v s="$START" -v e="$END" -v n="$EVENTS" 'BEGIN { printf "pbiadmin activity: %.1f s wall = %.0f events/s\n", e - s, n / (e - s) }'
java -cp "$CP" bench/ParquetCount.java "$WORK/parquet" "$DAY"

# stop the emulator's JVM itself (its pid is in emulator.json) so /usr/bin/time reports its peak RSS
kill "$(sed -n 's/.*"pid" *: *\([0-9]*\).*/\1/p' "$WORK/emu/emulator.json")"; wait "$EMU_PID" 2>/dev/null || true; EMU_PID=""
echo "peak RSS: pbiadmin $(awk '/Maximum resident/ {printf "%d MiB", $6/1024}' "$WORK/cli.time")," \
  "emulator $(awk '/Maximum resident/ {printf "%d MiB", $6/1024}' "$WORK/emulator.time") (both -Xmx256m)"
