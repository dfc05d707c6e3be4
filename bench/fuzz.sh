#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser (Jazzer @FuzzTest targets, docs/RELIABILITY.md "Fuzzing").
# Runs each target in fuzzing mode (JAZZER_FUZZ=1) until it has made --runs executions or for
# --minutes, whichever comes first, and reports executions, rate and findings per target.
# A finding fails that target's run; Jazzer saves the input as crash-<sha1> in the target's saved
# corpus (src/test/resources/.../<Class>Inputs/<method>/), so `./mvnw verify` replays it from then on.
#
#   bench/fuzz.sh [--minutes N] [--runs M] [--jobs J] [--promote [K]] [--only SUBSTRING]...
#                 [--xmx SIZE] [--no-build]
#
#   --minutes N   time budget per target (default 10)
#   --runs M      executions per target (default 1000000)
#   --jobs J      fuzz each target in J processes at once, M/J executions each, sharing the
#                 generated corpus (libFuzzer's -jobs); the summary adds their executions up
#                 (default 1; the database targets are mostly one thread, so 2 uses both cores)
#   --promote [K] afterwards copy up to K (default 40) of the smallest new entries of the generated
#                 corpus (<module>/.cifuzz-corpus/) into the saved corpus, for regression mode
#   --only S      fuzz only targets whose class or method contains S (repeatable)
#   --xmx SIZE    heap of the fuzzing JVM (default 1g): an input that needs more is a finding (OOM)
#   --no-build    use the modules as last installed (to run a second fuzz.sh beside a first one)
#
# The targets' databases and files go to /dev/shm when it is writable: the same SQLite and DuckDB
# code, without a disk sync per commit. Jazzer's SQL-injection sanitizer is off here (it parses
# every statement with JSqlParser, which halves the rate of the database targets; their SQL is
# constant text with bound parameters); the regression run in `./mvnw verify` keeps it on.
#
# The summary goes to stdout and to bench/out/fuzz-<time>/summary.md, each target's log beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES=10
RUNS=1000000
PROMOTE=0
ONLY=()
XMX=1g
JOBS=1
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --promote)
      PROMOTE=40; shift
      if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then PROMOTE=$1; shift; fi ;;
    --only) ONLY+=("$2"); shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --xmx) XMX=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if ! [[ "$JOBS" =~ ^[1-9][0-9]*$ ]]; then
  echo "fuzz.sh: --jobs wants a whole number from 1, not '$JOBS'" >&2
  exit 2
fi

# module  test class  method
TARGETS=(
  "emulator dev.pbiadmin.emulator.odata.ODataFilterFuzzTest filter_anyText_parsesToARoundTrippingFilterOrFailsWithAnODataError"
  "emulator dev.pbiadmin.emulator.entra.BearerTokenFuzzTest validate_arbitraryOrFuzzSignedToken_rejectedWithAReasonOrReallyValid"
  "emulator dev.pbiadmin.emulator.entra.ClientAssertionFuzzTest verify_arbitraryOrFuzzSignedAssertion_aadstsErrorOrReallyValid"
  "emulator dev.pbiadmin.emulator.entra.TokenFormFuzzTest of_anyBodyTypeAndAuthorization_formOrEntraError"
  "emulator dev.pbiadmin.emulator.TenantFileFuzzTest load_anyBytes_seedOrTenantFileExceptionNamingTheProblem"
  "emulator dev.pbiadmin.emulator.manage.ManagementBodyFuzzTest bodyRoutes_anyBody_4xxOrASerializableResult"
  "cli dev.pbiadmin.cli.inventory.ScanResultIngestFuzzTest storeBatch_anyScanResult_correctRowsOrTypedErrorAndNothingCommitted"
  "cli dev.pbiadmin.cli.activity.ActivityPageFuzzTest storePage_anyResponseBody_eventsStoredOnceOrTypedErrorAndNothingCommitted"
)

selected() {
  [ ${#ONLY[@]} -eq 0 ] && return 0
  local s
  for s in "${ONLY[@]}"; do [[ "$1" == *"$s"* ]] && return 0; done
  return 1
}

TMP_ARG=""
if [ -d /dev/shm ] && [ -w /dev/shm ]; then TMP_ARG="-Djava.io.tmpdir=/dev/shm"; fi
NO_SQL_HOOK="-Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.SqlInjection"

OUT="bench/out/fuzz-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
if [ "$BUILD" -eq 1 ]; then
  echo "fuzz: building (logs in $OUT)" >&2
  ./mvnw -B -q ${MVN_OFFLINE--o} install -DskipTests >"$OUT/build.log" 2>&1
fi

SUMMARY="$OUT/summary.md"
{
  echo "Fuzzing run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores ($(uname -m)), $(java -version 2>&1 | head -1)"
  echo "Budget per target: $RUNS executions or $MINUTES minutes, in $JOBS process(es); heap $XMX each"
  echo
  echo "| Target | Executions | Seconds | Executions/s | Findings | Corpus entries |"
  echo "|---|---:|---:|---:|---:|---:|"
} >"$SUMMARY"

status=0
for t in "${TARGETS[@]}"; do
  read -r module class method <<<"$t"
  selected "$class#$method" || continue
  simple=${class##*.}
  pkgdir=$(echo "${class%.*}" | tr . /)
  saved="$module/src/test/resources/$pkgdir/${simple}Inputs/$method"
  generated="$module/.cifuzz-corpus/$class/$method"
  mkdir -p "$saved"
  crashes_before=$(find "$saved" -name 'crash-*' | wc -l)
  log="$OUT/$simple.log"
  echo "fuzz: $simple#$method ($RUNS runs or $MINUTES min, $JOBS job(s))" >&2
  pids=()
  for ((j = 1; j <= JOBS; j++)); do
    jlog=$log
    reports=""
    if [ "$JOBS" -gt 1 ]; then
      jlog="$OUT/$simple.job$j.log"
      reports="-Dsurefire.reportsDirectory=target/surefire-reports-fuzz-job$j"
      # the jobs share one module's target/: start them apart so no two check it at once
      [ "$j" -gt 1 ] && sleep 20
    fi
    JAZZER_FUZZ=1 ./mvnw -B ${MVN_OFFLINE--o} -pl "$module" test -Dtest="$class#$method" \
      -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx$XMX $TMP_ARG $NO_SQL_HOOK" $reports \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-runs=$(((RUNS + JOBS - 1) / JOBS)) \
      -Djazzer.internal.arg.2=-max_total_time=$((MINUTES * 60)) -Djazzer.internal.arg.3=-timeout=30 \
      >"$jlog" 2>&1 &
    pids+=($!)
  done
  rc=0
  for p in "${pids[@]}"; do wait "$p" || rc=$?; done
  # per job, libFuzzer's last status line: "#<executions> DONE|pulse|NEW ... exec/s: <rate>"
  execs=0
  secs=0
  for jlog in "$OUT/$simple".log "$OUT/$simple".job*.log; do
    [ -e "$jlog" ] || continue
    e=$(grep -aE '^#[0-9]+' "$jlog" | tail -1 | sed -nE 's/^#([0-9]+).*/\1/p' || true)
    s=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$jlog" | tail -1 | grep -oE 'in [0-9]+' | grep -oE '[0-9]+' || true)
    execs=$((execs + ${e:-0}))
    [ "${s:-0}" -gt "$secs" ] && secs=$s
  done
  rate="?"
  # a job stopped by a finding prints no "Done" line
  if [ "$secs" -gt 0 ]; then rate=$((execs / secs)); else secs="?"; fi
  crashes=$(( $(find "$saved" -name 'crash-*' | wc -l) - crashes_before ))
  corpus=$(find "$generated" -type f 2>/dev/null | wc -l)
  findings=$crashes
  if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then findings="failed (rc $rc, see $OUT/$simple*.log)"; fi
  [ "$rc" -ne 0 ] && status=1
  echo "| \`$simple#$method\` | $execs | $secs | $rate | $findings | $corpus |" >>"$SUMMARY"
  if [ "$PROMOTE" -gt 0 ] && [ -d "$generated" ]; then
    n=0
    while IFS= read -r f; do
      [ -e "$saved/$(basename "$f")" ] && continue
      cp "$f" "$saved/"
      n=$((n + 1))
      [ "$n" -ge "$PROMOTE" ] && break
    done < <(find "$generated" -type f -printf '%s %p\n' | sort -n | cut -d' ' -f2-)
    echo "fuzz: promoted $n corpus entries into $saved" >&2
  fi
done
cat "$SUMMARY"
exit $status
