-- Runs every test script of this directory; each prints "<name>: ok".
local tests = {"strings", "numbers", "tables", "errors", "coroutines", "oslib", "iolib"}
for _, name in ipairs(tests) do
  dofile(name .. ".lua")
end
print("all: ok")
