-- 100 000 string appends (naive concatenation, as the LPC code does).
local s = ""
for i = 1, 100000 do s = s .. "x" end
print(#s)
