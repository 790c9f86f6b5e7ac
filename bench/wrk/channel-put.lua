-- Baseline C: PUT /api/v1/channel-claims/{reference} with a new reference every time, so each
-- request inserts one channel_claim row in its JTA transaction (201 Created). BENCH_REF_ORDER=random
-- (default) scatters the references over the unique index; "sequential" numbers them the way a
-- channel would (JMO-...-000123), which makes concurrent inserts meet in the same index gap.
local thread_no = 0
local threads = {}
setup = function(thread)
  thread_no = thread_no + 1
  thread:set("prefix", string.format("BENCH-%d-%d-", os.time(), thread_no))
  thread:set("seed", os.time() * 100 + thread_no)
  threads[#threads + 1] = thread
end
local n = 0
local people = {}
init = function(args)
  math.randomseed(seed)
  for line in io.lines(os.getenv("BENCH_LOOKUP_FILE")) do
    local nik, kpj = line:match("(%d+)%s+(%d+)")
    if nik then people[#people + 1] = string.format(
      '{"nik":"%s","kpj":"%s","fullName":"Budi Hartono","branchCode":"SDA","status":"SUBMITTED"}', nik, kpj) end
  end
end
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_API_KEY")
local sequential = os.getenv("BENCH_REF_ORDER") == "sequential"
request = function()
  n = n + 1
  local ref
  if sequential then
    ref = prefix .. string.format("%09d", n)
  else
    ref = string.format("%08x%08x-", math.random(0, 2147483647), math.random(0, 2147483647)) .. prefix .. n
  end
  return wrk.format(nil, "/api/v1/channel-claims/" .. ref, nil, people[(n % #people) + 1])
end
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
