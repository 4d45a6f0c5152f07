-- Cycles through the requests listed in the file named by $BENCH_REQUESTS, one per line:
--   METHOD <TAB> PATH <TAB> HEADERS <TAB> BODY
-- HEADERS is "Name: value" pairs separated by the unit separator (\31); BODY may be empty.
-- With $BENCH_STATUSES set, every response's status is counted (costs a little per response).
-- done() prints one line "BENCHJSON {...}" with counts and latency percentiles (microseconds).

local requests = {}
local counter = 0
local threads = {}
statuses = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   local path = os.getenv("BENCH_REQUESTS")
   for line in io.lines(path) do
      local method, target, headers, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      if method then
         local h = {}
         for name, value in headers:gmatch("([^\31:]+):%s*([^\31]*)") do
            h[name] = value
         end
         if body == "" then
            body = nil
         end
         requests[#requests + 1] = wrk.format(method, target, h, body)
      end
   end
   counter = math.random(#requests)
end

function request()
   counter = counter % #requests + 1
   return requests[counter]
end

if os.getenv("BENCH_STATUSES") then
   function response(status, headers, body)
      statuses[status] = (statuses[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local counts = {}
   for _, thread in ipairs(threads) do
      local seen = thread:get("statuses") or {}
      for status, n in pairs(seen) do
         counts[status] = (counts[status] or 0) + n
      end
   end
   local parts = {}
   for status, n in pairs(counts) do
      parts[#parts + 1] = string.format('"%d":%d', status, n)
   end
   local e = summary.errors
   io.write(string.format(
      'BENCHJSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,'
         .. '"status":%d,"timeout":%d},"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,'
         .. '"mean":%.1f},"statuses":{%s}}\n',
      summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
      latency.max, latency.mean, table.concat(parts, ",")))
end
