#!/usr/bin/env bash
# Runs Microsoft's Python auth library against a fresh emulator: ./interop/python/run.sh
# Needs Debian's python3-msal (apt-get install python3-msal); PyPI is not needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
data="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
"$root/pbiadmin" emulator --port 0 --data-dir "$data" --demo-workspaces 20 >"$data/log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do grep -q "pbiadmin emulator ready" "$data/log" && break; sleep 1; done
grep -q "pbiadmin emulator ready" "$data/log" || { cat "$data/log" >&2; exit 1; }
REQUESTS_CA_BUNDLE="$data/ca.pem" /usr/bin/python3 "$here/check.py" "$data/emulator.json"
