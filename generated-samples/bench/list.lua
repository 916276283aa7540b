-- GET /api/v1/patients?Offset=k: a full page of 100 rows at a random offset in 0..N-100.
dofile(os.getenv("BENCH_DIR") .. "/auth.lua")
request = function()
  local offset = math.random(0, math.max(0, max_id - 100))
  return wrk.format("GET", "/api/v1/patients?Offset=" .. offset)
end
