-- 200 000 mapping inserts and lookups with string keys.
local m, hits = {}, 0
for i = 0, 199999 do m["k" .. i] = i end
for i = 0, 199999 do if m["k" .. i] == i then hits = hits + 1 end end
print(hits)
