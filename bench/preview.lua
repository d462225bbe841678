-- wrk: POSTs the multipart body prepared by bench/run-rendered-pages.sh (an import preview of 1,000 rows).
wrk.method = "POST"
local file = assert(io.open(os.getenv("PREVIEW_BODY"), "rb"))
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("PREVIEW_BOUNDARY")
wrk.headers["X-CSRF-TOKEN"] = os.getenv("PREVIEW_CSRF")
wrk.headers["Cookie"] = os.getenv("PREVIEW_COOKIE")
