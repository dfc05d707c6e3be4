#!/usr/bin/env bash
# Report benchmark: `pbiadmin report` on a large inventory (file size, time and peak heap to write
# it), then the page opened in headless Chromium (Navigation Timing: parsed, loaded, rendered; DOM
# size; JS heap; time to filter and sort the workspaces table), median of 3 loads.
#
#   bench/report-bench.sh [WORKSPACES] [TIME_SCALE]   build the inventory against the emulator
#                                                     (defaults 100000 and 120), then report on it
#   bench/report-bench.sh path/to/inventory.duckdb    report on an existing inventory
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "${1:-}" ]; then
  DB=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  OUT=${BENCH_OUT:-$ROOT/bench/out/report-existing}
  mkdir -p "$OUT" && rm -f "$OUT/report.html" "$OUT/gc-report.log"
else
  N=${1:-100000}
  SCALE=${2:-120}
  OUT=${BENCH_OUT:-$ROOT/bench/out/report-$N}
  DB=$OUT/inventory.duckdb
  rm -rf "$OUT" && mkdir -p "$OUT"
fi

cd "$ROOT"
. bench/lib.sh
bench_need bc:bc
./mvnw -q -B -pl cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/cli/target/test-classes:$ROOT/cli/target/classes:$ROOT/client/target/classes:$ROOT/emulator/target/classes:$(cat "$OUT/cp.txt")"

if [ ! -f "$DB" ]; then
  mkfifo "$OUT/control"
  java -Xmx2g -cp "$CP" dev.pbiadmin.cli.inventory.BenchEmulator "$OUT/emulator" "$N" "$SCALE" \
    <"$OUT/control" >"$OUT/emulator.log" 2>&1 &
  EMU=$!
  exec 3>"$OUT/control"
  trap 'exec 3>&-; kill $EMU 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do grep -q '^ready' "$OUT/emulator.log" 2>/dev/null && break; sleep 1; done
  grep '^ready' "$OUT/emulator.log"
  echo "inventory of $N workspaces at time scale $SCALE..."
  java -Xmx512m -cp "$CP" dev.pbiadmin.cli.inventory.InventoryChild --quiet inventory \
    --emulator "$OUT/emulator" --db "$DB" --time-scale "$SCALE" >"$OUT/inventory.txt" 2>&1 \
    || { cat "$OUT/inventory.txt"; exit 1; }
  exec 3>&-; kill $EMU 2>/dev/null || true; trap - EXIT
fi

T0=$(date +%s.%N)
java -Xmx256m -Xlog:gc:file="$OUT/gc-report.log" -cp "$CP" dev.pbiadmin.cli.inventory.InventoryChild \
  report --db "$DB" --out "$OUT/report.html" 2>&1 | tee "$OUT/report.txt"
T1=$(date +%s.%N)
PEAK=$(grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc-report.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
SIZE=$(stat -c %s "$OUT/report.html")
echo "report: $(awk -v b="$SIZE" 'BEGIN { printf "%.2f MB", b / 1048576 }') written in" \
  "$(echo "$T1 - $T0" | bc | xargs printf '%.1f') s (JVM start included), peak heap after GC ${PEAK:-?} MB of 256"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" dev.pbiadmin.cli.report.ReportLoadBench "$OUT/report.html" 3 2>/dev/null
