-- Shared by the API scenarios: the demo key pair, a JSON content type, and the id range to pick from.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
wrk.headers["Authorization"] = "ODFHIR odgen-demo-developer/odgen-demo-customer"
wrk.headers["Content-Type"] = "application/json"

-- the highest patient id to pick from, given as `-- N` after the wrk options
max_id = 10

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  if args[1] then max_id = tonumber(args[1]) end
  math.randomseed(os.time() * 100 + (thread_id or 0))
end
