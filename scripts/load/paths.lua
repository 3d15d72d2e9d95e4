-- wrk script: each request takes the next path of the list (public pages and the API), so one
-- run loads them all. Paths come from the PATHS environment variable, separated by spaces.
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/", "%S+") do table.insert(paths, path) end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
