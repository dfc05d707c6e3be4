#!/usr/bin/env bash
# Workspace listing benchmark (issue 4): `pbiadmin workspaces` with every expansion, paging through
# a generated tenant with $top=5000, written as JSON lines. The emulator and the client run at a
# time scale that shrinks GetGroupsAsAdmin's 50/hour and 15/minute so that no call waits; the CLI
# runs in its own JVM with -Xmx256m, a GC log (peak heap after GC) and /usr/bin/time (peak RSS).
#
#   bench/workspaces-bench.sh [SIZE:RUNS ...]     (default: 10000:3 100000:1)
#
# About 4 minutes with the defaults on an idle 2-core machine (mostly the 100,000-workspace
# emulator's start).
set -euo pipefail
SPECS=("$@")
[ ${#SPECS[@]} -eq 0 ] && SPECS=(10000:3 100000:1)
SCALE=${TIME_SCALE:-60}
CLI_HEAP=${CLI_HEAP:-256m}   # the CLI's -Xmx; a smaller cap that both sizes pass shows the bound
EXPAND=users,reports,dashboards,datasets,dataflows
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${BENCH_OUT:-$ROOT/bench/out/workspaces}
rm -rf "$BASE" && mkdir -p "$BASE"

cd "$ROOT"
. bench/lib.sh
bench_need /usr/bin/time:time bc:bc
bench_classpath

echo "workspaces bench $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pbiadmin workspaces --expand $EXPAND --format jsonl --output FILE --time-scale $SCALE, -Xmx$CLI_HEAP"
for spec in "${SPECS[@]}"; do
  IFS=: read -r N RUNS <<<"$spec"
  OUT="$BASE/$N"
  mkdir -p "$OUT"
  start_bench_emulator "$OUT" "$N" "$SCALE"
  echo
  echo "== $N workspaces, $RUNS run(s)"
  for r in $(seq 1 "$RUNS"); do
    t0=$(date +%s.%N)
    # -v logs each request (method, redacted URL, status, time) at debug level on stderr
    /usr/bin/time -f '%M' -o "$OUT/run-$r.rss" \
      java -Xmx$CLI_HEAP -Xlog:gc:file="$OUT/gc-$r.log" -cp "$CP" dev.pbiadmin.cli.Main -v workspaces \
      --emulator "$OUT/emulator" --expand "$EXPAND" --format jsonl --output "$OUT/ws-$r.jsonl" \
      --time-scale "$SCALE" >"$OUT/run-$r.out" 2>"$OUT/run-$r.err" \
      || { echo "run $r failed:"; tail -20 "$OUT/run-$r.err"; exit 1; }
    t1=$(date +%s.%N)
    WALL=$(echo "$t1 - $t0" | bc)
    REQUESTS=$(grep -cE 'GET .*/admin/groups.* -> 200' "$OUT/run-$r.err" || true)
    THROTTLED=$(grep -cE ' -> 429' "$OUT/run-$r.err" || true)
    LINES=$(wc -l <"$OUT/ws-$r.jsonl")
    HEAP=$(grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc-$r.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
    printf '  run %d: wall %6.1f s; %d workspaces (%s MB of JSON lines); %d GetGroupsAsAdmin requests,' \
      "$r" "$WALL" "$LINES" "$(( $(stat -c %s "$OUT/ws-$r.jsonl") / 1048576 ))" "$REQUESTS"
    printf ' %d answered 429; peak heap after GC %s MB of %s; peak RSS %d MB\n' \
      "$THROTTLED" "${HEAP:-?}" "$CLI_HEAP" "$(( $(tail -1 "$OUT/run-$r.rss") / 1024 ))"
    rm -f "$OUT/ws-$r.jsonl"
  done
  exec 3>&-
  kill $EMU 2>/dev/null || true
  wait $EMU 2>/dev/null || true
  trap - EXIT
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
