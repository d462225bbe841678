-- Paces wrk: after each answer a connection waits PACE_MS (19 ms unless set) before its next request,
-- so that 20 connections ask for about 1,000 pages a second instead of as many as the machine serves.
local pause = tonumber(os.getenv("PACE_MS") or "19")

function delay()
  return pause
end
