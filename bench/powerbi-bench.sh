#!/usr/bin/env bash
# Power BI service benchmark: GetGroupsAsAdmin ($top=5000, every $expand) paging through an N-workspace
# tenant, and GetScanResult of a 100-workspace scan with every option, over HTTPS with a real token.
# Usage: bench/powerbi-bench.sh [workspaces=100000] [requests=40] [threads=2] [heap=-Xmx3g]  (from the repository root)
# Numbers go to docs/BENCHMARKS.md ("Power BI service").
set -euo pipefail
workspaces=${1:-100000}
requests=${2:-40}
threads=${3:-2}
heap=${4:--Xmx3g}
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q -B -pl emulator test-compile
./mvnw -q -B -pl emulator dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench-cp.txt" >/dev/null
cp="emulator/target/classes:emulator/target/test-classes:$(cat "$PWD/target/bench-cp.txt")"
java "$heap" -cp "$cp" dev.pbiadmin.emulator.powerbi.PowerBiBench "$workspaces" "$requests" "$threads"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
