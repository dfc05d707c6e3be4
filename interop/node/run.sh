#!/usr/bin/env bash
# Runs Microsoft's Node.js auth libraries against a fresh emulator: ./interop/node/run.sh
# Needs Node.js 18+ and npm (packages from the npm registry, pinned by package-lock.json).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
data="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
(cd "$here" && npm ci --silent --no-audit --no-fund)
"$root/pbiadmin" emulator --port 0 --data-dir "$data" --demo-workspaces 20 >"$data/log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do grep -q "pbiadmin emulator ready" "$data/log" && break; sleep 1; done
grep -q "pbiadmin emulator ready" "$data/log" || { cat "$data/log" >&2; exit 1; }
NODE_EXTRA_CA_CERTS="$data/ca.pem" node "$here/check.mjs" "$data/emulator.json"
