#!/usr/bin/env bash
# Token issuance throughput and start-to-ready time of the standalone emulator.
# Usage: bench/token-bench.sh [seconds-per-run=15] [runs=3] [concurrency=8]
# Runs HTTPS and --http, each: warm-up, then $RUNS timed runs; prints the median run.
# Load tool: wrk (Debian's /usr/bin/wrk, with bench/token-post.lua), the same tool used against
# mock-oauth2-server; BENCH_TOOL=java uses bench/TokenBench.java (JDK only) instead.
# Whole script: about 2.5 minutes with the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
RUNS=${2:-3}
CONCURRENCY=${3:-8}
TOOL=${BENCH_TOOL:-wrk}
. bench/lib.sh
if [ "$TOOL" = wrk ]; then bench_need wrk:wrk; fi
WORK=$(mktemp -d /tmp/pbiadmin-token-bench.XXXXXX)
trap '[ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

./mvnw -q -B -pl emulator -DskipTests package >/dev/null
./mvnw -q -B -pl emulator dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="emulator/target/classes:$(cat "$WORK/cp.txt")"

start_emulator() { # $1 = data dir, $2.. = extra args; sets PID and READY_MS
  local log="$1.log"; : > "$log"
  local t0; t0=$(date +%s%N)
  java -cp "$CP" dev.pbiadmin.emulator.EmulatorMain --port 0 --data-dir "$1" "${@:2}" > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    if grep -q '^pbiadmin emulator ready' "$log"; then break; fi
    if ! kill -0 "$PID" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_emulator() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "load tool: $TOOL$([ "$TOOL" = wrk ] && echo " ($(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), 2 threads)")"

# One timed run; $1 = emulator.json, $2 = seconds. Prints "requests/s=… p50_ms=… p99_ms=… requests=… errors=…".
measure() {
  if [ "$TOOL" = java ]; then
    java bench/TokenBench.java "$1" "$2" "$CONCURRENCY" 0
    return
  fi
  local url body
  url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tokenEndpoint"])' "$1")
  body=$(python3 -c 'import json,sys,urllib.parse as u; d=json.load(open(sys.argv[1]))["demo"]
print(u.urlencode({"grant_type":"client_credentials","client_id":d["clientId"],"client_secret":d["clientSecret"],
"scope":"https://analysis.windows.net/powerbi/api/.default"}))' "$1")
  TOKEN_BENCH_BODY="$body" wrk -t2 -c"$CONCURRENCY" -d"$2"s -s bench/token-post.lua "$url" | tail -1
}

for mode in https http; do
  extra=(); [ "$mode" = http ] && extra=(--http)
  dir="$WORK/$mode"
  start_emulator "$dir" "${extra[@]}"; first=$READY_MS; stop_emulator
  start_emulator "$dir" "${extra[@]}"; again=$READY_MS
  echo "$mode: start to ready: first start ${first} ms (creates CA, keys, demo tenant), restart ${again} ms"
  results=()
  for run in $(seq 1 "$RUNS"); do
    [ "$run" = 1 ] && measure "$dir/emulator.json" 5 >/dev/null # warm-up
    line=$(measure "$dir/emulator.json" "$SECONDS_PER_RUN")
    echo "  run $run: $line"
    results+=("$line")
  done
  median=$(printf '%s\n' "${results[@]}" | sort -t= -k2 -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$mode: median of $RUNS x ${SECONDS_PER_RUN}s, $CONCURRENCY concurrent: $median"
  stop_emulator
done
