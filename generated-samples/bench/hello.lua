-- GET /hello on the hello-world Javalin server.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
request = function()
  return wrk.format("GET", "/hello")
end
