-- Claim-lock lookup API: POST /api/v1/claim-locks/lookup with the channel key, for a rotating set of
-- real people (env BENCH_LOOKUP_FILE: one "nik kpj" per line), so the database does real index work.
local people = {}
for line in io.lines(os.getenv("BENCH_LOOKUP_FILE")) do
  local nik, kpj = line:match("(%d+)%s+(%d+)")
  if nik then people[#people + 1] = string.format('{"nik":"%s","kpj":"%s"}', nik, kpj) end
end
-- BENCH_API_KEYS (comma-separated) spreads the requests over several channels, each with its own
-- rate-limit row; otherwise every request counts on the one channel of BENCH_API_KEY.
local keys = {}
for key in string.gmatch(os.getenv("BENCH_API_KEYS") or os.getenv("BENCH_API_KEY"), "[^,]+") do
  keys[#keys + 1] = "Bearer " .. key
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/v1/claim-locks/lookup",
    { ["Content-Type"] = "application/json", ["Authorization"] = keys[(i % #keys) + 1] },
    people[(i % #people) + 1])
end
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
