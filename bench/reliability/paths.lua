-- wrk script: each request takes the next path from the file named by PATHS (one path a line);
-- with BUST=1 each request also gets a unique &bust= value, so the output cache never answers for the app.
-- The run ends with the status counts, so a non-2xx answer cannot hide in the summary.
local paths, counter, sent = {}, 0, 0
statuses = {} -- global: done() reads it from each thread with thread:get
local bust = os.getenv("BUST") == "1"

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  local path = paths[counter]
  if bust then
    sent = sent + 1
    path = path .. (path:find("?", 1, true) and "&" or "?") .. "bust=" .. (id or 0) .. "-" .. sent
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

-- wrk keeps each thread's state apart; gather it in done().
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, n in pairs(counts) do totals[status] = (totals[status] or 0) + n end
  end
  local line = "statuses:"
  for status, n in pairs(totals) do line = line .. " " .. status .. "=" .. n end
  print(line)
  print(string.format("latency_us p50=%d p90=%d p99=%d max=%d", latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
  print(string.format("requests=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
