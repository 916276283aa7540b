-- POST /api/v1/patients: a new patient per request, names unique per thread and request.
dofile(os.getenv("BENCH_DIR") .. "/auth.lua")
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"LName":"Load' .. (thread_id or 0) .. '","FName":"Bench' .. counter
      .. '","Birthdate":"1980-01-01","City":"Loopback"}'
  return wrk.format("POST", "/api/v1/patients", nil, body)
end
