# Shared by the bench scripts. Source it from the repository root; bench_classpath needs BASE set.

# Installs the Debian packages behind any missing command, so a script runs on a fresh machine.
# Usage: bench_need COMMAND:PACKAGE ...   (e.g. bench_need wrk:wrk /usr/bin/time:time)
bench_need() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bench: installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Compiles, then snapshots the classes into $BASE/classes so a rebuild while a bench runs cannot
# change what it measures; sets CP to that snapshot plus the test-scope dependency classpath.
bench_classpath() {
  ./mvnw -q -B -pl cli -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$BASE/cp.txt" -Dmdep.includeScope=test
  mkdir -p "$BASE/classes"
  local m
  for m in cli/target/test-classes cli/target/classes client/target/classes emulator/target/classes; do
    cp -r "$m" "$BASE/classes/${m//\//_}"
  done
  local c="$BASE/classes"
  CP="$c/cli_target_test-classes:$c/cli_target_classes:$c/client_target_classes:$c/emulator_target_classes:$(cat "$BASE/cp.txt")"
}

# Starts the bench emulator (BenchEmulator: N workspaces at time scale SCALE, driven through the
# fifo OUT/control) and waits until it is ready; sets EMU to its pid. Usage: start_bench_emulator OUT N SCALE
start_bench_emulator() {
  local out=$1 n=$2 scale=$3
  mkfifo "$out/control"
  java -Xmx3g -cp "$CP" dev.pbiadmin.cli.inventory.BenchEmulator "$out/emulator" "$n" "$scale" \
    <"$out/control" >"$out/emulator.log" 2>&1 &
  EMU=$!
  exec 3>"$out/control"
  trap 'exec 3>&-; kill $EMU 2>/dev/null || true' EXIT
  local _
  for _ in $(seq 1 900); do grep -q '^ready' "$out/emulator.log" 2>/dev/null && break; sleep 1; done
  grep -q '^ready' "$out/emulator.log" || { echo "emulator did not start"; cat "$out/emulator.log"; exit 1; }
}
