#!/usr/bin/env bash
# Inventory benchmark: a full run against the emulator at a time scale, with the real documented
# limits, compared with the floor those limits impose; then an incremental run after 2% of the
# workspaces changed. The inventory runs in its own JVM with -Xmx256m and a GC log for its peak heap.
#
#   bench/inventory-bench.sh [WORKSPACES] [TIME_SCALE]     (defaults 10000 and 60)
set -euo pipefail
N=${1:-10000}
SCALE=${2:-60}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/bench/out/inventory-$N}
rm -rf "$OUT" && mkdir -p "$OUT"

cd "$ROOT"
./mvnw -q -B -o -pl cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/cli/target/test-classes:$ROOT/cli/target/classes:$ROOT/client/target/classes:$ROOT/emulator/target/classes:$(cat "$OUT/cp.txt")"

mkfifo "$OUT/control"
java -Xmx2g -cp "$CP" dev.pbiadmin.cli.inventory.BenchEmulator "$OUT/emulator" "$N" "$SCALE" \
  <"$OUT/control" >"$OUT/emulator.log" 2>&1 &
EMU=$!
exec 3>"$OUT/control"
trap 'exec 3>&-; kill $EMU 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q '^ready' "$OUT/emulator.log" 2>/dev/null && break; sleep 1; done
grep '^ready' "$OUT/emulator.log"

inventory() { # label, extra args...
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  java -Xmx256m ${INV_JAVA_OPTS:+${INV_JAVA_OPTS//LABEL/$label}} -Xlog:gc:file="$OUT/gc-$label.log" -cp "$CP" dev.pbiadmin.cli.inventory.InventoryChild \
    --quiet inventory --emulator "$OUT/emulator" --db "$OUT/inventory.duckdb" --time-scale "$SCALE" "$@" \
    >"$OUT/$label.txt" 2>&1
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc)" >"$OUT/$label.seconds"
}

inventory full
# The floor the emulator's limits impose, in emulated seconds: B scans of <=100 workspaces, each
# taking queued 2 s + 5 s + 0.5 s per workspace (the emulator's scan timings); at most 16 in flight;
# getInfo and scanResult at most 500 per sliding hour each.
FLOOR=$(awk -v n="$N" -v s="$SCALE" 'BEGIN {
  b = int((n + 99) / 100); d = 2 + 5 + 0.5 * 100;
  waves = int((b + 15) / 16); conc = waves * d;
  hourly = int((b - 1) / 500) * 3600 + d;
  f = (conc > hourly ? conc : hourly); printf "%.2f", f / s }')
WALL=$(cat "$OUT/full.seconds")
echo "full: wall ${WALL}s, floor ${FLOOR}s (real, at time scale $SCALE), ratio $(echo "scale=3; $WALL / $FLOOR" | bc)"
cat "$OUT/full.txt"
PEAK=$(grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc-full.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
echo "peak heap after GC (full): ${PEAK:-?} MB of 256"

echo "change 2" >&3
for _ in $(seq 1 120); do grep -q '^changed' "$OUT/emulator.log" && break; sleep 1; done
grep '^changed' "$OUT/emulator.log"
inventory incremental --incremental
cat "$OUT/incremental.txt"
FULL_CALLS=$(grep -oE 'API calls: [0-9,]+' "$OUT/full.txt" | tr -dc 0-9)
INC_CALLS=$(grep -oE 'API calls: [0-9,]+' "$OUT/incremental.txt" | tr -dc 0-9)
echo "incremental after 2% changed: $INC_CALLS API calls = $(echo "scale=2; 100 * $INC_CALLS / $FULL_CALLS" | bc)% of the full run's $FULL_CALLS"
PEAK=$(grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc-incremental.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
echo "peak heap after GC (incremental): ${PEAK:-?} MB of 256"
