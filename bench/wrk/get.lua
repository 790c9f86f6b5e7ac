-- Plain GET of the URL given to wrk, with an optional fixed cookie (env BENCH_COOKIE, "name=value"):
-- pages measured "with cookies kept" reuse one session instead of creating one per request.
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
