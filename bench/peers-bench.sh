#!/usr/bin/env bash
# Side-by-side with peers, same machine, same run, same load tool and settings for both sides:
#   1. token issuance (client_credentials + secret), HTTPS and HTTP:
#      pbiadmin emulator vs navikt mock-oauth2-server (no.nav.security:mock-oauth2-server, below);
#   2. one GetGroupsAsAdmin page ($top=5000, all five $expand) on a generated tenant: the emulator
#      (real token, authorization, OData, paging) vs WireMock standalone serving the very same bytes
#      (fetched once from the emulator) as a static stub;
#   3. emulator start to ready, RSS and live heap at 10k and 100k workspaces.
# Usage: bench/peers-bench.sh [seconds=20] [warmup=5] [connections=8] [threads=2] [page-tenant=10000] [sizes="10000 100000"]
# From the repository root or anywhere. About 8 minutes with the defaults on 2 cores.
# Load tool: wrk (Debian package `wrk`, /usr/bin/wrk) with bench/peers/wrk.lua for both sides.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_need wrk:wrk curl:curl python3:python3
SECS=${1:-20}
WARMUP=${2:-5}
CONNS=${3:-8}
THREADS=${4:-2}
PAGE_TENANT=${5:-10000}
SIZES=${6:-"10000 100000"}
# Peers and their settings (change here, nowhere else):
MOCK_OAUTH2_VERSION=6.0.2      # no.nav.security:mock-oauth2-server, run from its jar + dependency classpath
MOCK_OAUTH2_MAIN=no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt
# Its default server, MockWebServerWrapper (OkHttp MockWebServer), keeps connections alive; its
# NettyWrapper answers every request with "connection: close", which wrk counts as read errors and
# which would charge the peer a TCP (and TLS) handshake per token. "ssl":{} = a self-signed key it makes.
MOCK_OAUTH2_HTTPS='{"interactiveLogin":false,"httpServer":{"type":"MockWebServerWrapper","ssl":{}}}'
MOCK_OAUTH2_HTTP='{"interactiveLogin":false,"httpServer":{"type":"MockWebServerWrapper"}}'
WIREMOCK_VERSION=3.13.2        # org.wiremock:wiremock-standalone, run with java -jar
WIREMOCK_ARGS=(--bind-address 127.0.0.1 --disable-http --no-request-journal --disable-banner --disable-request-logging)
SCOPE='https://analysis.windows.net/powerbi/api/.default'
PAGE='/v1.0/myorg/admin/groups?$top=5000&$expand=users,reports,dashboards,datasets,dataflows'

command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
WORK=$(mktemp -d /tmp/pbiadmin-peers-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== building the emulator and fetching the peers from Maven Central"
./mvnw -q -B -pl emulator -am -DskipTests package >/dev/null
./mvnw -q -B -pl emulator dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
EMU_CP="emulator/target/classes:$(cat "$WORK/cp.txt")"
# The emulator's classpath carries logback-classic without a configuration, i.e. DEBUG for everything
# (Jetty alone wrote ~200 MB per page run, request headers included): that measured the console, not
# the emulator. Log as `pbiadmin emulator` would be seen in production: warnings and errors only.
cat >"$WORK/logback.xml" <<'EOF'
<configuration>
  <statusListener class="ch.qos.logback.core.status.NopStatusListener"/>
  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="STDERR"/></root>
</configuration>
EOF
mkdir -p target/peers
./mvnw -q -B -f bench/peers/pom.xml -Dmock-oauth2-server.version="$MOCK_OAUTH2_VERSION" \
  dependency:build-classpath -Dmdep.outputFile="$PWD/target/peers/mock-oauth2-cp.txt" >/dev/null
MOCK_CP=$(cat target/peers/mock-oauth2-cp.txt)
./mvnw -q -B -f bench/peers/pom.xml dependency:copy \
  -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$PWD/target/peers" >/dev/null
WIREMOCK_JAR="target/peers/wiremock-standalone-$WIREMOCK_VERSION.jar"

field() { grep -o "\"$1\" *: *\"[^\"]*\"" "$2" | head -1 | sed 's/.*: *"\(.*\)"/\1/'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
rss_kb() { awk '/VmRSS/{print $2}' "/proc/$1/status"; }

# wait_for LOG PATTERN PID: seconds (ms precision) until PATTERN appears in LOG
wait_for() {
  for _ in $(seq 1 6000); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || { cat "$1"; echo "process $3 died" >&2; exit 1; }
    sleep 0.05
  done
  echo "timed out waiting for '$2' in $1" >&2; exit 1
}

# start_emulator DIR ARGS...: sets EPID and READY_MS
start_emulator() {
  local log="$1.log" t0; t0=$(date +%s%N)
  java ${EMULATOR_JAVA_OPTS:-} -Dlogback.configurationFile="$WORK/logback.xml" -cp "$EMU_CP" dev.pbiadmin.emulator.EmulatorMain --port 0 --data-dir "$1" "${@:2}" >"$log" 2>&1 &
  EPID=$!; PIDS+=("$EPID")
  wait_for "$log" '^pbiadmin emulator ready' "$EPID"
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# load URL: warm-up, then one timed run; prints the RESULT line (method/body/auth from WRK_* env)
load() {
  wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" --timeout 30s -s bench/peers/wrk.lua "$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --timeout 30s -s bench/peers/wrk.lua "$1" | grep '^RESULT' | sed 's/^RESULT //'
}
val() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
report() { # NAME OURS PEER: one line with both sides and the ratios; errors void a comparison
  for side in "$2" "$3"; do
    [ "$(val errors "$side")" = 0 ] || echo "WARNING: $1 had errors ($side): the ratio below is not comparable"
  done
  printf '%-34s emulator: %s\n%-34s peer:     %s\n%-34s throughput emulator/peer = %s, p99 emulator/peer = %s\n' \
    "$1" "$2" "" "$3" "" "$(ratio "$(val rps "$2")" "$(val rps "$3")")" "$(ratio "$(val p99_ms "$2")" "$(val p99_ms "$3")")"
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/Model name: *//p'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); wrk: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "load: wrk -t$THREADS -c$CONNS, ${WARMUP}s warm-up then ${SECS}s measured, same Lua script for both sides"
echo "peers: mock-oauth2-server $MOCK_OAUTH2_VERSION (MockWebServerWrapper), wiremock-standalone $WIREMOCK_VERSION (${WIREMOCK_ARGS[*]})"

echo "== 1. token issuance, client_credentials with a secret"
for mode in https http; do
  extra=(); peer_cfg=$MOCK_OAUTH2_HTTPS
  [ "$mode" = http ] && { extra=(--http); peer_cfg=$MOCK_OAUTH2_HTTP; }
  start_emulator "$WORK/token-$mode" "${extra[@]}"
  info="$WORK/token-$mode/emulator.json"
  export WRK_METHOD=POST WRK_AUTH=
  WRK_BODY="grant_type=client_credentials&client_id=$(enc "$(field clientId "$info")")&client_secret=$(enc "$(field clientSecret "$info")")&scope=$(enc "$SCOPE")"
  export WRK_BODY
  ours=$(load "$(field tokenEndpoint "$info")")
  stop "$EPID"

  port=$(free_port)
  SERVER_HOSTNAME=127.0.0.1 SERVER_PORT=$port JSON_CONFIG=$peer_cfg \
    java -cp "$MOCK_CP" "$MOCK_OAUTH2_MAIN" >"$WORK/mock-$mode.log" 2>&1 &
  MPID=$!; PIDS+=("$MPID")
  for _ in $(seq 1 600); do
    curl -ksf -o /dev/null "$mode://127.0.0.1:$port/default/.well-known/openid-configuration" && break
    kill -0 "$MPID" 2>/dev/null || { cat "$WORK/mock-$mode.log"; exit 1; }
    sleep 0.1
  done
  curl -ksf -o /dev/null -d "$WRK_BODY" "$mode://127.0.0.1:$port/default/token" \
    || { echo "mock-oauth2-server refused the token request" >&2; exit 1; }
  peer=$(load "$mode://127.0.0.1:$port/default/token")
  stop "$MPID"
  report "token $mode" "$ours" "$peer"
done

echo "== 2. GetGroupsAsAdmin page on a $PAGE_TENANT-workspace tenant vs WireMock serving the same bytes"
start_emulator "$WORK/page" --demo-workspaces "$PAGE_TENANT" --no-throttling
info="$WORK/page/emulator.json"
token=$(curl -sf --cacert "$(field caCert "$info")" \
  -d "grant_type=client_credentials&client_id=$(enc "$(field clientId "$info")")&client_secret=$(enc "$(field clientSecret "$info")")&scope=$(enc "$SCOPE")" \
  "$(field tokenEndpoint "$info")" | grep -o '"access_token" *: *"[^"]*"' | sed 's/.*: *"\(.*\)"/\1/')
api=$(field powerBiApiUrl "$info"); api=${api%/}; api=${api%/v1.0/myorg}
mkdir -p "$WORK/wiremock/mappings" "$WORK/wiremock/__files"
curl -sf --cacert "$(field caCert "$info")" -H "Authorization: Bearer $token" -D "$WORK/page.headers" \
  -o "$WORK/wiremock/__files/page.json" "$api$PAGE"
echo "page body: $(stat -c %s "$WORK/wiremock/__files/page.json") bytes"
export WRK_METHOD=GET WRK_BODY= WRK_AUTH="Bearer $token"
ours=$(load "$api$PAGE")
stop "$EPID"
cat >"$WORK/wiremock/mappings/page.json" <<'EOF'
{"request": {"method": "GET", "urlPath": "/v1.0/myorg/admin/groups"},
 "response": {"status": 200, "bodyFileName": "page.json",
              "headers": {"Content-Type": "application/json; charset=utf-8"}}}
EOF
port=$(free_port)
java -jar "$WIREMOCK_JAR" --root-dir "$WORK/wiremock" --https-port "$port" "${WIREMOCK_ARGS[@]}" >"$WORK/wiremock.log" 2>&1 &
WPID=$!; PIDS+=("$WPID")
for _ in $(seq 1 600); do
  curl -ksf -o /dev/null "https://127.0.0.1:$port/__admin/mappings" && break
  kill -0 "$WPID" 2>/dev/null || { cat "$WORK/wiremock.log"; exit 1; }
  sleep 0.1
done
cmp -s <(curl -ksf "https://127.0.0.1:$port$PAGE") "$WORK/wiremock/__files/page.json" \
  || { echo "WireMock does not serve the emulator's bytes" >&2; exit 1; }
peer=$(load "https://127.0.0.1:$port$PAGE")
stop "$WPID"
report "GetGroupsAsAdmin page (HTTPS)" "$ours" "$peer"

echo "== 3. emulator start to ready and memory"
for n in $SIZES; do
  start_emulator "$WORK/size-$n" --demo-workspaces "$n"
  rss=$(rss_kb "$EPID")
  jcmd "$EPID" GC.run >/dev/null
  heap=$(jcmd "$EPID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  echo "$n workspaces: start to ready ${READY_MS} ms, RSS at ready $((rss / 1024)) MiB, live heap after full GC $((heap / 1024)) MiB"
  stop "$EPID"
done
