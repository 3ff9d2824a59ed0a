-- errors cross C frames with longjmp: pcall, error objects, xpcall, deep recursion.
local ok, err = pcall(error, "plain")
assert(not ok and err == "plain")
ok, err = pcall(function() error({code = 7}) end)
assert(not ok and err.code == 7)
ok, err = pcall(function() local x = nil; return x.field end)
assert(not ok and err:find("attempt to index a nil value"))
ok, err = pcall(function() return 1 + {} end)
assert(not ok and err:find("arithmetic"))
local tb
ok = xpcall(function() error("deep") end, function(m) tb = debug.traceback(m); return m end)
assert(not ok and tb:find("deep") and tb:find("stack traceback"))
local function recurse(n) return n == 0 and 0 or 1 + recurse(n - 1) end
assert(recurse(10000) == 10000)
local function forever() return forever() + 1 end
ok, err = pcall(forever)
assert(not ok and err:find("stack overflow"))
-- errors raised inside C functions called through metamethods and sort
ok, err = pcall(table.sort, {3, 2, 1}, function() error("in comparator") end)
assert(not ok and err:find("in comparator"))
ok, err = pcall(string.rep, "x", -1)
assert(ok and err == "")
ok, err = pcall(setmetatable, 1, {})
assert(not ok)
-- nested pcalls unwind to the right frame
local depth = 0
local function nest(n)
  if n == 0 then error("bottom") end
  local ok2, e2 = pcall(nest, n - 1)
  depth = depth + 1
  error(e2, 0)
end
ok, err = pcall(nest, 50)
assert(not ok and err:find("bottom") and depth == 50)
assert(select(2, load("return +")) ~= nil)
assert(load("return 2 + 3")() == 5)
print("errors: ok")
