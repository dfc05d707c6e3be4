-- wrk script: each request is a v2.0 client_credentials token request with a client secret.
-- The form body comes from the environment (TOKEN_BENCH_BODY) so the secret is not on the command
-- line; the token URL is wrk's own argument. Prints one summary line in the TokenBench format.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = os.getenv("TOKEN_BENCH_BODY")

-- No response() callback: it would make wrk parse every body in Lua; errors.status counts >= 400.
function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local e = summary.errors
  io.write(string.format("requests/s=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status))
end
