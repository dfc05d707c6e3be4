#!/usr/bin/env bash
# Inventory benchmark: full runs against the emulator at a time scale, with the real documented
# limits, compared with the floor those limits impose; then an incremental run after 2% of the
# workspaces changed. Each inventory runs in its own JVM with -Xmx256m, a GC log (peak heap after
# GC) and /usr/bin/time (peak RSS, which includes DuckDB's native memory).
#
#   bench/inventory-bench.sh [SIZE:SCALE:RUNS ...]     (default: 10000:2:3 100000:20:3)
#
# SIZE workspaces in the demo tenant, SCALE the emulator's time scale, RUNS full runs (the median
# by wall time is reported). About 27 minutes with the defaults on an idle 2-core machine. The
# time scale shrinks the floor but not the run's fixed real-time costs (JVM start, listing,
# closing the database: about 5 s), so a fast scale on a small tenant measures mostly those.
set -euo pipefail
SPECS=("$@")
[ ${#SPECS[@]} -eq 0 ] && SPECS=(10000:2:3 100000:20:3)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${BENCH_OUT:-$ROOT/bench/out/inventory}
rm -rf "$BASE" && mkdir -p "$BASE"

cd "$ROOT"
. bench/lib.sh
bench_need /usr/bin/time:time bc:bc
bench_classpath

# The floor the emulator's limits impose, in real seconds: B scans of <=100 workspaces, each
# taking the emulator's queued 2 s + 5 s + 0.5 s per workspace; at most 16 in flight; getInfo at
# most 500 per sliding hour (scanResult follows each getInfo one scan later, so it never binds
# first). Each batch starts as soon as both allow; the floor is the last batch's end.
floor() { # workspaces, scale
  awk -v n="$1" -v s="$2" 'BEGIN {
    b = int((n + 99) / 100); last = 0;
    for (i = 0; i < b; i++) {
      size = (i == b - 1 && n % 100 != 0) ? n % 100 : 100;
      st = 0;
      if (i >= 16 && end[i - 16] > st) st = end[i - 16];
      if (i >= 500 && start[i - 500] + 3600 > st) st = start[i - 500] + 3600;
      start[i] = st; end[i] = st + 2 + 5 + 0.5 * size;
      if (end[i] > last) last = end[i];
    }
    printf "%.2f", last / s }'
}

peak_heap() { # gc log -> MB: the highest heap occupancy right after a collection
  grep -oE '[0-9]+M->[0-9]+M' "$1" | cut -d'>' -f2 | tr -d M | sort -n | tail -1
}

inventory() { # dir, label, scale, extra args...
  local dir=$1 label=$2 scale=$3; shift 3
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$dir/$label.rss" \
    java -Xmx256m ${INV_JAVA_OPTS:+${INV_JAVA_OPTS//LABEL/$label}} -Xlog:gc:file="$dir/gc-$label.log" \
    -cp "$CP" dev.pbiadmin.cli.inventory.InventoryChild --quiet inventory \
    --emulator "$dir/emulator" --db "$dir/$label.duckdb" --time-scale "$scale" "$@" \
    >"$dir/$label.txt" 2>&1 || { echo "run $label failed:"; cat "$dir/$label.txt"; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc >"$dir/$label.seconds"
}

emulator_says() { # dir, command, reply prefix: sends a line to the emulator, waits for its answer
  local dir=$1 before
  before=$(grep -c "^$3" "$dir/emulator.log" || true)
  echo "$2" >&3
  for _ in $(seq 1 300); do
    [ "$(grep -c "^$3" "$dir/emulator.log" || true)" -gt "$before" ] && break
    sleep 1
  done
  grep "^$3" "$dir/emulator.log" | tail -1
}

report() { # dir, label, floor or "", full calls or ""
  local dir=$1 label=$2 fl=$3 full=$4 wall in_run calls
  wall=$(cat "$dir/$label.seconds")
  in_run=$(grep -oE 'succeeded in [0-9hms.]+' "$dir/$label.txt" | cut -d' ' -f3)
  calls=$(grep -oE 'API calls: [0-9,]+' "$dir/$label.txt" | tr -dc 0-9)
  printf '  %-14s wall %7.1f s' "$label" "$wall"
  [ -n "$fl" ] && printf ' (floor %.1f s, wall/floor %.3f)' "$fl" "$(echo "$wall / $fl" | bc -l)"
  printf '; in run %s\n' "$in_run"
  printf '  %-14s %s\n' "" "$(grep -oE 'API calls: .*' "$dir/$label.txt")"
  [ -n "$full" ] && printf '  %-14s incremental/full API calls: %s / %s = %.2f%%\n' "" "$calls" \
    "$full" "$(echo "100 * $calls / $full" | bc -l)"
  printf '  %-14s peak heap after GC %s MB of 256; peak RSS %d MB\n' "" \
    "$(peak_heap "$dir/gc-$label.log")" "$(( $(tail -1 "$dir/$label.rss") / 1024 ))"
}

echo "inventory bench $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for spec in "${SPECS[@]}"; do
  IFS=: read -r N SCALE RUNS <<<"$spec"
  OUT="$BASE/$N"
  mkdir -p "$OUT"
  start_bench_emulator "$OUT" "$N" "$SCALE"
  FLOOR=$(floor "$N" "$SCALE")
  echo
  echo "== $N workspaces, time scale $SCALE (1 emulated hour = $(echo "3600 / $SCALE" | bc) s)," \
    "floor $FLOOR s, $RUNS full run(s)"
  for r in $(seq 1 "$RUNS"); do
    [ "$r" -gt 1 ] && emulator_says "$OUT" "advance 2" advanced >/dev/null
    inventory "$OUT" "full-$r" "$SCALE"
    report "$OUT" "full-$r" "$FLOOR" ""
  done
  MEDIAN=$(for r in $(seq 1 "$RUNS"); do echo "$(cat "$OUT/full-$r.seconds") $r"; done \
    | sort -n | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')
  echo "  median full run: full-$MEDIAN"
  FULL_CALLS=$(grep -oE 'API calls: [0-9,]+' "$OUT/full-$MEDIAN.txt" | tr -dc 0-9)
  # the incremental continues the last full run's database
  cp "$OUT/full-$RUNS.duckdb" "$OUT/incremental.duckdb"
  [ -f "$OUT/full-$RUNS.duckdb.wal" ] && cp "$OUT/full-$RUNS.duckdb.wal" "$OUT/incremental.duckdb.wal"
  echo "  $(emulator_says "$OUT" "change 2" changed) workspaces touched (2%)"
  inventory "$OUT" incremental "$SCALE" --incremental
  report "$OUT" incremental "" "$(grep -oE 'API calls: [0-9,]+' "$OUT/full-$RUNS.txt" | tr -dc 0-9)"
  exec 3>&-
  kill $EMU 2>/dev/null || true
  wait $EMU 2>/dev/null || true
  trap - EXIT
  rm -f "$OUT"/*.duckdb "$OUT"/*.duckdb.wal
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
