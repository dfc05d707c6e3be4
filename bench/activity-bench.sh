#!/usr/bin/env bash
# Ingest benchmark of `pbiadmin activity` for one large UTC day (default 1,000,000 events):
# the emulator's activity generator feeds pages (default 10,000 events, the top of the real
# service's 5,000-10,000) to the real puller and DuckDB store under a 256 MiB heap, then the day is
# exported as Hive-partitioned Parquet and read back by DuckDB. Prints events/s, peak heap, counts.
# Usage: bench/activity-bench.sh [EVENTS] [PAGE]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-1000000}"
PAGE="${2:-10000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
./mvnw -q -B -o -pl cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="cli/target/test-classes:cli/target/classes:client/target/classes:emulator/target/classes:$(cat "$WORK/cp.txt")"
/usr/bin/time -v java -Xmx256m -cp "$CP" dev.pbiadmin.cli.activity.ActivityIngestBench "$EVENTS" "$PAGE" "$WORK" \
  2> >(grep -E "Maximum resident|Elapsed" >&2)
