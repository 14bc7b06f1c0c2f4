-- 200 000 mapping inserts and lookups with int keys.
local m, hits = {}, 0
for i = 0, 199999 do m[i * 7] = i end
for i = 0, 199999 do if m[i * 7] == i then hits = hits + 1 end end
print(hits)
