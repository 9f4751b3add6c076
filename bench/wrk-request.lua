-- wrk script for bench/serving: one request, described by environment variables, and one result line.
--
--   BENCH_METHOD        GET (default) or POST
--   BENCH_ACCEPT        the Accept header (default */*)
--   BENCH_CONTENT_TYPE  the Content-Type header of a POST
--   BENCH_BODY_FILE     a file whose bytes are the body of a POST
--   BENCH_RANGE         a Range header (e.g. bytes=0-65535), for ranged downloads
--   BENCH_PAUSE_MS      a pause before each request on a connection: a paced client instead of one that asks
--                       as fast as it is answered
--
-- At the end it prints one line that bench/serving reads (latencies in microseconds):
--   BENCH_RESULT requests=N seconds=S p50_us=N p99_us=N non2xx=N errors=N

local function read_file(path)
  local file = assert(io.open(path, "rb"), "cannot read BENCH_BODY_FILE " .. path)
  local bytes = file:read("*a")
  file:close()
  return bytes
end

-- An empty variable counts as unset.
local function setting(name)
  local value = os.getenv(name)
  if value == "" then return nil end
  return value
end

wrk.method = setting("BENCH_METHOD") or "GET"
wrk.headers["Accept"] = setting("BENCH_ACCEPT") or "*/*"
if setting("BENCH_CONTENT_TYPE") then
  wrk.headers["Content-Type"] = setting("BENCH_CONTENT_TYPE")
end
if setting("BENCH_RANGE") then
  wrk.headers["Range"] = setting("BENCH_RANGE")
end
if setting("BENCH_BODY_FILE") then
  wrk.body = read_file(setting("BENCH_BODY_FILE"))
end

local pause = tonumber(setting("BENCH_PAUSE_MS") or "0")
if pause > 0 then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("BENCH_RESULT requests=%d seconds=%.3f p50_us=%d p99_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
