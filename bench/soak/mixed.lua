-- Mixed public traffic for the soak test: each request takes the next page of the list.
local paths = {"/", "/map", "/pilots", "/pilots/1", "/plans", "/plans/2", "/sites/1", "/partners", "/toolkit",
               "/search?q=Resita", "/match?cityId=1&radiusKm=50", "/api/layers/sites?bbox=21.2,48.68,21.32,48.76&limit=200"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
