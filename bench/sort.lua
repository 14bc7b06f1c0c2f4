-- Sorting 100 000 pseudo-random ints (a fixed LCG, so both sides sort the same data).
local a, x = {}, 12345
for i = 1, 100000 do
  x = (x * 1103515245 + 12345) & 0x7fffffff
  a[i] = x
end
table.sort(a)
print(a[50001])
