-- coroutines: generators, passing values, errors inside, wrap, close.
local gen = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i) end
  return "done"
end)
assert(gen() == 1 and gen() == 2 and gen() == 3 and gen() == "done")
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
local ok, v = coroutine.resume(co, 1, 2)
assert(ok and v == 3)
ok, v = coroutine.resume(co, 10)
assert(ok and v == 20)
ok, v = coroutine.resume(co, 3, 4)
assert(ok and v == 7 and coroutine.status(co) == "dead")
local bad = coroutine.create(function() error("inside") end)
ok, v = coroutine.resume(bad)
assert(not ok and v:find("inside") and coroutine.status(bad) == "dead")
assert(not coroutine.isyieldable())
local closed = false
local cl = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function() closed = true end})
  coroutine.yield()
end)
coroutine.resume(cl)
assert(coroutine.close(cl) and closed)
-- many live coroutines
local cos = {}
for i = 1, 500 do
  cos[i] = coroutine.create(function(x) while true do x = coroutine.yield(x + i) end end)
end
for i = 1, 500 do assert(select(2, coroutine.resume(cos[i], 1)) == i + 1) end
print("coroutines: ok")
