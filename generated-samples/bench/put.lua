-- PUT /api/v1/patients/{id}: a partial update of one field on random ids in 1..N.
dofile(os.getenv("BENCH_DIR") .. "/auth.lua")
request = function()
  local body = '{"City":"Moved ' .. math.random(1, 1000) .. '"}'
  return wrk.format("PUT", "/api/v1/patients/" .. math.random(1, max_id), nil, body)
end
