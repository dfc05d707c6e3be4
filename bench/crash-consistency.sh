#!/usr/bin/env bash
# Crash consistency: `pbiadmin inventory` and `pbiadmin activity` (child JVMs against one emulator)
# are each SIGKILLed at N points, each kill followed by a resume (the same command run to the end);
# the resumed database must equal an uninterrupted run's byte for byte (SHA-256 of a sorted dump of
# every content row), and the rows lost or duplicated are counted. Kill points cycle through a random
# moment after the child's first scan request or activity page, during the Parquet export (--parquet)
# and during the final checkpoint (DuckDB checkpoints when the file is closed, right after the export:
# the kill falls once the database file changes while its WAL is still there; the summary counts them).
# Driver: cli/src/test/java/dev/pbiadmin/cli/inventory/CrashConsistency.java. Exit status 0 only if every
# kill survived.
#
#   bench/crash-consistency.sh [--kills N] [--workspaces W] [--seed S]   (defaults 20, 300, 11)
#
# Results in bench/out/crash-consistency/ (summary.txt, the children's logs, every database).
set -euo pipefail
KILLS=20
WORKSPACES=300
SEED=11
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) KILLS=$2; shift 2 ;;
    --workspaces) WORKSPACES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "crash-consistency.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${BENCH_OUT:-$ROOT/bench/out/crash-consistency}
rm -rf "$BASE" && mkdir -p "$BASE"
cd "$ROOT"
. bench/lib.sh
bench_classpath
echo "crash consistency: $KILLS kills each for inventory and activity, $WORKSPACES workspaces, seed $SEED" \
  | tee "$BASE/summary.txt"
java -Xmx1g -cp "$CP" dev.pbiadmin.cli.inventory.CrashConsistency "$BASE/run" "$KILLS" "$WORKSPACES" "$SEED" \
  | tee -a "$BASE/summary.txt"
