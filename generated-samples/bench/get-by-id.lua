-- GET /api/v1/patients/{id} for random ids in 1..N.
dofile(os.getenv("BENCH_DIR") .. "/auth.lua")
request = function()
  return wrk.format("GET", "/api/v1/patients/" .. math.random(1, max_id))
end
