// Control flow, fuzzed against 2.07: int and string switches with random
// case tables (ranges, fall-through, default, values of other types),
// foreach with break/continue over arrays, strings, mappings and non-
// collections, function pointers (evaluate, functionp, map/filter over
// strings, implode with a function, sort_array). foreach (k, v in x) takes
// only a mapping: over an array or a string it is an error (it crashed
// Hearth), as foreach (k in mapping) is.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    x = ({ }); e = catch { foreach (y, z in id(({ 1, 2, 3 }))) x += ({ y, z }); }; r("foreach (k, v in ({ 1, 2, 3 }))", e, x);
    x = ({ }); e = catch { foreach (y, z in id(({ }))) x += ({ y, z }); }; r("foreach (k, v in ({ }))", e, x);
    x = ({ }); e = catch { foreach (y, z in id("abc")) x += ({ y, z }); }; r("foreach (k, v in \"abc\")", e, x);
    x = ({ }); e = catch { foreach (y, z in id("")) x += ({ y, z }); }; r("foreach (k, v in \"\")", e, x);
    x = ({ }); e = catch { foreach (y, z in id(5)) x += ({ y, z }); }; r("foreach (k, v in 5)", e, x);
    x = ({ }); e = catch { foreach (y, z in id(([ "a": 1 ]))) x += ({ y, z }); }; r("foreach (k, v in ([ \"a\": 1 ]))", e, x);
    x = ({ }); e = catch { foreach (y in id(([ "a": 1 ]))) x += ({ y }); }; r("foreach (k in ([ \"a\": 1 ]))", e, x);
    x = ({ }); e = catch { foreach (y in id(([ ]))) x += ({ y }); }; r("foreach (k in ([ ]))", e, x);
    x = ({ }); e = catch { foreach (y in id("abc")) x += ({ y }); }; r("foreach (c in \"abc\")", e, x);
    x = ({ }); e = catch { foreach (y in id(0)) x += ({ y }); }; r("foreach (v in 0)", e, x);

    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch { y = 7; x = implode(id(({ })), (: $1 + "," + $2 :), "S"); }; r("implode fn ({ })", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "abc": s += "C" + "abc";  default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch str case 'abc': s += 'C' + 'abc';  default: s += 'D'; ", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "0": s += "C" + "0"; break; default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch str case '0': s += 'C' + '0'; break; default: s += 'D'; ", e, x);
    e = catch { x = ({ }); foreach (y in ({ 3, 3, -5, 3, 6, 12, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case 5: s += "C5";  case 6..6: s += "R6"; break; case 9: s += "C9"; break; default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case 5: s += 'C5';  case 6..6: s += 'R6'; break; case 9: s += 'C9'; break; default: s += 'D'; ", e, x);
    e = catch { y = 7; z = (: id :); x = evaluate(z, "abc"); }; r("evaluate (: id :) (\"abc\")", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "": s += "C" + ""; break; case "a": s += "C" + "a"; break;  } }; x += ({ e2 ? "E" : s }); } }; r("switch str case '': s += 'C' + ''; break; case 'a': s += 'C' + 'a'; break; ", e, x);
    e = catch { x = ({ }); foreach (y in ({ 0, 14, -1, -2, 2, 14, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case -5..-5: s += "R-5";  case 3: s += "C3"; break; case 4..4: s += "R4"; break; case 6..6: s += "R6";   } }; x += ({ e2 ? "E" : s }); } }; r("switch int case -5..-5: s += 'R-5';  case 3: s += 'C3'; break; case 4..4: s += 'R4'; break; case 6..6: s += 'R6", e, x);
    e = catch { x = ({ }); e = catch { foreach (y, z in id(0)) { x += ({ y, z }); } }; }; r("foreach2 0", e, x);
    e = catch { x = ({ }); foreach (y in ({ -6, 9, 6, 0, 13, 14, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case -1: s += "C-1";  case 7: s += "C7"; break; case 8..8: s += "R8"; break; case 10..10: s += "R10";  default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case -1: s += 'C-1';  case 7: s += 'C7'; break; case 8..8: s += 'R8'; break; case 10..10: s += 'R10'", e, x);
    e = catch(x = sprintf("%|20O|", id(""))); r("sprintf(\"%|20O|\", id(\"\"))", e, x);
    e = catch { x = ({ }); foreach (y in ({ -6, 15, 1, -5, 13, 14, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case -1: s += "C-1";  case 1: s += "C1";  case 4: s += "C4";  case 5: s += "C5"; break; case 8..8: s += "R8";  default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case -1: s += 'C-1';  case 1: s += 'C1';  case 4: s += 'C4';  case 5: s += 'C5'; break; case 8..8: s", e, x);
    e = catch(x = sprintf("%O", id(""))); r("sprintf(\"%O\", id(\"\"))", e, x);
    e = catch { y = 7; x = sort_array(id(({ "b", "A", "a", "B", "10", "9" })), -1); }; r("sort_array", e, x);
    e = catch(x = sprintf("%20O|", id(function(int a) { return a; }))); r("sprintf(\"%20O|\", id(function(int a) { return a; }))", e, x);
    e = catch(x = id(1) + ""); r("id(1) + \"\"", e, x);
    e = catch { y = 7; z = (: $1 :); x = functionp(z); }; r("functionp (: $1 :)", e, x);
    e = catch { y = 7; z = (: $2 :); x = ({ typeof(z), sizeof(({ z })), z == z, z == (: $2 :) }); }; r("eq (: $2 :)", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "A": s += "C" + "A";   } }; x += ({ e2 ? "E" : s }); } }; r("switch str case 'A': s += 'C' + 'A';  ", e, x);
    e = catch { x = ({ }); e = catch { foreach (y, z in id(5)) { x += ({ y, z }); } }; }; r("foreach2 5", e, x);
    e = catch { y = 7; z = (: $1 :); x = ({ typeof(z), sizeof(({ z })), z == z, z == (: $1 :) }); }; r("eq (: $1 :)", e, x);
    e = catch { x = ({ }); foreach (y in ({ 14, -1, 10, 7, 5, 3, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case 0: s += "C0"; break; case 1..1: s += "R1";  case 5..5: s += "R5"; break; case 7..7: s += "R7"; break; default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case 0: s += 'C0'; break; case 1..1: s += 'R1';  case 5..5: s += 'R5'; break; case 7..7: s += 'R7'; ", e, x);
    e = catch { y = 7; z = (: fn1 :); x = functionp(z); }; r("functionp (: fn1 :)", e, x);
    e = catch { y = 7; x = implode(id(({ "x" })), (: $1 + $2 :)); }; r("implode fn ({ \"x\" })", e, x);
    e = catch { x = ({ }); foreach (y in ({ 0, 0, 5, 6, -5, -2, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case -5: s += "C-5";  case -1: s += "C-1"; break; case 3..3: s += "R3";  case 7..7: s += "R7"; break; default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case -5: s += 'C-5';  case -1: s += 'C-1'; break; case 3..3: s += 'R3';  case 7..7: s += 'R7'; break", e, x);
    e = catch(x = sprintf("%s", id((: strlen :)))); r("sprintf(\"%s\", id((: strlen :)))", e, x);
    e = catch { y = 7; x = filter(id(""), (: $1 > 'a' :)); }; r("filter string \"\"", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "": s += "C" + ""; break; case "a": s += "C" + "a";   } }; x += ({ e2 ? "E" : s }); } }; r("switch str case '': s += 'C' + ''; break; case 'a': s += 'C' + 'a';  ", e, x);
    e = catch(x = sprintf("%|20O|", id("q\"uote"))); r("sprintf(\"%|20O|\", id(\"q\\\"uote\"))", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id(0)) { if (y == "a") continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach 0", e, x);
    e = catch { y = 7; x = implode(id(({ "a", 2, "c" })), (: $1 + "," + $2 :)); }; r("implode fn ({ \"a\", 2, \"c\" })", e, x);
    e = catch { x = ({ }); foreach (y in ({ 2, -2, -1, -2, 3, 0, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case 6: s += "C6"; break;  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case 6: s += 'C6'; break; ", e, x);
    e = catch(x = id("back\\slash") + ""); r("id(\"back\\\\slash\") + \"\"", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "": s += "C" + ""; break; default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch str case '': s += 'C' + ''; break; default: s += 'D'; ", e, x);
    e = catch { x = ({ }); e = catch { foreach (y, z in id(([ "a": 1 ]))) { x += ({ y, z }); } }; }; r("foreach2 ([ \"a\": 1 ])", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id("abc")) { if (y == 2) continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach \"abc\"", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id(0)) { if (y == 2) continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach 0", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id(({ 1, 2, 3, 4 }))) { if (y == "a") continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach ({ 1, 2, 3, 4 })", e, x);
    e = catch { x = ({ }); e = catch { foreach (y, z in id(({ }))) { x += ({ y, z }); } }; }; r("foreach2 ({ })", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id("abc")) { if (y == 0) continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach \"abc\"", e, x);
    e = catch { y = 7; x = implode(id(({ "x" })), (: $1 + $2 :), ({ })); }; r("implode fn ({ \"x\" })", e, x);
    e = catch { y = 7; z = (: id :); x = functionp(z); }; r("functionp (: id :)", e, x);
    e = catch { y = 7; x = implode(id(({ "a", "b", "c" })), (: $2 :), 0); }; r("implode fn ({ \"a\", \"b\", \"c\" })", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "A": s += "C" + "A"; break; case "a": s += "C" + "a"; break; default: s += "D";  } }; x += ({ e2 ? "E" : s }); } }; r("switch str case 'A': s += 'C' + 'A'; break; case 'a': s += 'C' + 'a'; break; default: s += 'D'; ", e, x);
    e = catch { x = ({ }); foreach (y in ({ -1, 6, 11, -1, -5, 2, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case 3: s += "C3"; break; case 5..5: s += "R5"; break; case 6: s += "C6";  case 10..10: s += "R10"; break;  } }; x += ({ e2 ? "E" : s }); } }; r("switch int case 3: s += 'C3'; break; case 5..5: s += 'R5'; break; case 6: s += 'C6';  case 10..10: s += 'R10'; ", e, x);
    e = catch(x = sprintf("%O", id(({ ({ ({ }) }) })))); r("sprintf(\"%O\", id(({ ({ ({ }) }) })))", e, x);
    e = catch { y = 7; z = (: upper_case :); x = ({ typeof(z), sizeof(({ z })), z == z, z == (: upper_case :) }); }; r("eq (: upper_case :)", e, x);
    e = catch { x = ({ }); foreach (y in ({ "a", "b", "ab", "", "A", "abc", "0", "\xe9", "zz", 0, 5 })) { s = ""; e2 = catch { switch (y) { case "0": s += "C" + "0"; break; case "b": s += "C" + "b";   } }; x += ({ e2 ? "E" : s }); } }; r("switch str case '0': s += 'C' + '0'; break; case 'b': s += 'C' + 'b';  ", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id(([ "a": 1 ]))) { if (y == "a") continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach ([ \"a\": 1 ])", e, x);
    e = catch { x = ({ }); e = catch { foreach (y in id("abc")) { if (y == "a") continue; x += ({ y }); if (sizeof(x) > 2) break; } }; }; r("foreach \"abc\"", e, x);
    e = catch { x = ({ }); foreach (y in ({ 9, -1, 0, 3, 13, 1, "s", 1.5, 0 })) { s = ""; e2 = catch { switch (y) { case -5: s += "C-5"; break; case 0..0: s += "R0"; break; case 4: s += "C4"; break; case 5: s += "C5";  case 12: s += "C12";   } }; x += ({ e2 ? "E" : s }); } }; r("switch int case -5: s += 'C-5'; break; case 0..0: s += 'R0'; break; case 4: s += 'C4'; break; case 5: s += 'C5'", e, x);
    done();
}
