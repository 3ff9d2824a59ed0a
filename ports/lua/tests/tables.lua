-- tables, metatables, closures, goto, varargs, the garbage collector.
local t = {}
for i = 1, 1000 do t[i] = i * i end
assert(#t == 1000 and t[31] == 961)
table.insert(t, 1, 0)
assert(t[1] == 0 and t[2] == 1 and #t == 1001)
assert(table.remove(t, 1) == 0)
local u = {5, 2, 8, 1, 9, 3}
table.sort(u)
assert(table.concat(u, ",") == "1,2,3,5,8,9")
table.sort(u, function(a, b) return a > b end)
assert(table.concat(u, ",") == "9,8,5,3,2,1")
assert(select("#", table.unpack({1, 2, nil, 4}, 1, 4)) == 4)
local moved = table.move({1, 2, 3}, 1, 3, 2, {})
assert(moved[2] == 1 and moved[4] == 3)
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
V.__eq = function(a, b) return a.x == b.x end
V.__tostring = function(a) return "V(" .. a.x .. ")" end
V.__len = function() return 7 end
local v = setmetatable({x = 1}, V) + setmetatable({x = 2}, V)
assert(v.x == 3 and tostring(v) == "V(3)" and #v == 7)
assert(v == setmetatable({x = 3}, V))
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
c1(); c1()
assert(c1() == 3 and c2() == 1)
local function sum(...)
  local s = 0
  for _, x in ipairs({...}) do s = s + x end
  return s, select("#", ...)
end
local total, count = sum(1, 2, 3, 4)
assert(total == 10 and count == 4)
local i = 0
::again::
i = i + 1
if i < 5 then goto again end
assert(i == 5)
local weak = setmetatable({}, {__mode = "k"})
weak[{}] = true
collectgarbage()
collectgarbage()
assert(next(weak) == nil)
do
  local closed = false
  do
    local x <close> = setmetatable({}, {__close = function() closed = true end})
  end
  assert(closed)
end
local big = {}
for k = 1, 20000 do big["k" .. k] = k end
local n = 0
for _ in pairs(big) do n = n + 1 end
assert(n == 20000)
print("tables: ok")
