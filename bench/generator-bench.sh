#!/usr/bin/env bash
# Generator benchmark: wall time to generate and index N demo workspaces, and the heap they retain.
# Usage: bench/generator-bench.sh [runs=3] [heap=-Xmx2g]   (from the repository root)
# Prints one line per run and the median per size; numbers go to docs/BENCHMARKS.md ("Generator").
set -euo pipefail
runs=${1:-3}
heap=${2:--Xmx2g}
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need python3:python3
mkdir -p target
./mvnw -q -B -pl emulator test-compile
./mvnw -q -B -pl emulator dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench-cp.txt" >/dev/null
cp="emulator/target/classes:emulator/target/test-classes:$(cat "$PWD/target/bench-cp.txt")"
for n in 10000 100000; do
  results=()
  for ((i = 1; i <= runs; i++)); do
    line=$(java "$heap" -cp "$cp" dev.pbiadmin.emulator.content.GeneratorBench "$n" 42)
    echo "$line"
    results+=("$line")
  done
  printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [dict(kv.split("=", 1) for kv in l.split()) for l in sys.stdin if l.strip()]
med = lambda k: statistics.median(int(r[k]) for r in rows)
print("MEDIAN workspaces=%s generateMs=%.0f indexMs=%.0f generateCpuMs=%.0f indexCpuMs=%.0f retainedHeapMb=%.0f" % (rows[0]["workspaces"], med("generateMs"), med("indexMs"), med("generateCpuMs"), med("indexCpuMs"), med("retainedHeapMb")))
'
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
