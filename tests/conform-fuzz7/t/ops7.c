// Operators on every pair of types (int with edge values, float, string with
// high bytes, array, mapping, 0 and undefined, object, buffer, function):
// + - * / % & | ^ << >> == != < > <= >= && || ! ~ and unary -, the same
// operations folded by the compiler from literals, casts and literals.
// Sampled from fuzz runs where 2.07 and Hearth agreed.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;



    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch(x = id(B(({ 1, 2, 3 }))) || id(0)); r("id(B(({ 1, 2, 3 }))) || id(0)", e, x);
    e = catch { y = id("\xff"); x = (float)y; }; r("(float)y, y=\"\\xff\"", e, x);
    e = catch(x = id(0) != id(7.75)); r("id(0) != id(7.75)", e, x);
    e = catch(x = "" "abc"); r("lit \"\" \"abc\"", e, x);
    e = catch(x = 0 < 2.0); r("fold 0 < 2.0", e, x);
    e = catch(x = id(17) + id(32)); r("id(17) + id(32)", e, x);
    e = catch(x = id(undef()) & id("\xff")); r("id(undef()) & id(\"\\xff\")", e, x);
    e = catch(x = -id(-100)); r("-id(-100)", e, x);
    e = catch(x = (int)id(8)); r("(int)id(8)", e, x);
    e = catch(x = id(256) % id(2)); r("run 256 % 2", e, x);
    e = catch(x = id(1000) <= id("1.5")); r("id(1000) <= id(\"1.5\")", e, x);
    e = catch(x = id("1.5") ^ id(this_object())); r("id(\"1.5\") ^ id(this_object())", e, x);
    e = catch(x = id(0) > id(31)); r("id(0) > id(31)", e, x);
    e = catch(x = id(256) ^ id(3)); r("id(256) ^ id(3)", e, x);
    e = catch(x = -id(32)); r("run -32", e, x);
    e = catch(x = id(7.75) == id(100.0)); r("id(7.75) == id(100.0)", e, x);
    e = catch(x = id(0.25) * id(2.0)); r("run 0.25 * 2.0", e, x);
    e = catch(x = id(2) < id(2147483647)); r("id(2) < id(2147483647)", e, x);
    e = catch(x = 'a'); r("lit 'a'", e, x);
    e = catch(x = ~id(([ "a": 2, "b": 3 ]))); r("~id(([ \"a\": 2, \"b\": 3 ]))", e, x);
    e = catch(x = -id(2.0)); r("run -2.0", e, x);
    e = catch(x = id(0.0) & id(2.0)); r("id(0.0) & id(2.0)", e, x);
    e = catch(x = 8 > -7); r("fold 8 > -7", e, x);
    e = catch(x = id(1) << id(32)); r("id(1) << id(32)", e, x);
    e = catch(x = 0 ? 2 : 3); r("lit 0 ? 2 : 3", e, x);
    e = catch(x = id("10") & id("zz")); r("id(\"10\") & id(\"zz\")", e, x);
    e = catch(x = 2147483647 <= 100); r("fold 2147483647 <= 100", e, x);
    e = catch(x = id(-0.125) / id(0.0)); r("id(-0.125) / id(0.0)", e, x);
    e = catch { y = id(({ 2, 2 })); x = (object)y; }; r("(object)y, y=({ 2, 2 })", e, x);
    e = catch(x = id(100.0) == id("0x1f")); r("id(100.0) == id(\"0x1f\")", e, x);
    e = catch(x = (float)id(B(({ 1, 2, 3 })))); r("(float)id(B(({ 1, 2, 3 })))", e, x);
    e = catch(x = -1.0 == 7.75); r("fold -1.0 == 7.75", e, x);
    e = catch { y = id(0); x = (int)y; }; r("(int)y, y=0", e, x);
    e = catch(x = (string)id(-1)); r("(string)id(-1)", e, x);
    e = catch(x = (int)id("\xff")); r("(int)id(\"\\xff\")", e, x);
    e = catch(x = id("ABC") % id("zz")); r("id(\"ABC\") % id(\"zz\")", e, x);
    e = catch(x = 7.75 * 0.5); r("fold 7.75 * 0.5", e, x);
    e = catch(x = id(5) * id(0.5)); r("id(5) * id(0.5)", e, x);
    e = catch(x = id(([ "a": 2, "b": 3 ])) >> id(7.75)); r("id(([ \"a\": 2, \"b\": 3 ])) >> id(7.75)", e, x);
    e = catch(x = id(-0.125) / id("abc")); r("id(-0.125) / id(\"abc\")", e, x);
    e = catch { y = id(65536); x = (string)y; }; r("(string)y, y=65536", e, x);
    e = catch(x = - 0.25); r("fold -0.25", e, x);
    e = catch(x = !id(100.0)); r("!id(100.0)", e, x);
    e = catch(x = '"'); r("lit '\"'", e, x);
    e = catch(x = id("a\nb") && id(undef())); r("id(\"a\\nb\") && id(undef())", e, x);
    e = catch(x = 0x10 + 1); r("lit 0x10 + 1", e, x);
    e = catch(x = id(5) ^ id(65536)); r("run 5 ^ 65536", e, x);
    e = catch(x = id(31) ^ id(65)); r("id(31) ^ id(65)", e, x);
    e = catch(x = ~id(7.75)); r("~id(7.75)", e, x);
    e = catch(x = (float)id(-7)); r("(float)id(-7)", e, x);
    e = catch(x = 0xffffffff); r("lit 0xffffffff", e, x);
    e = catch(x = "10" + 0); r("fold \"10\" + 0", e, x);
    e = catch(x = -id(5)); r("-id(5)", e, x);
    e = catch(x = (string)id(({ 1.5 }))); r("(string)id(({ 1.5 }))", e, x);
    e = catch(x = -id("a\nb")); r("-id(\"a\\nb\")", e, x);
    e = catch(x = "a" && 5); r("lit \"a\" && 5", e, x);
    e = catch { y = id(-1); x = (string)y; }; r("(string)y, y=-1", e, x);
    e = catch(x = id(32) + id(9223372036854775807)); r("id(32) + id(9223372036854775807)", e, x);
    e = catch(x = id(-2147483648) > id(-0.125)); r("id(-2147483648) > id(-0.125)", e, x);
    e = catch(x = 1 ? 2 : 3); r("lit 1 ? 2 : 3", e, x);
    e = catch(x = id("b") >> id(" 42abc")); r("id(\"b\") >> id(\" 42abc\")", e, x);
    e = catch(x = id((-9223372036854775807 - 1)) <= id(-100)); r("id((-9223372036854775807 - 1)) <= id(-100)", e, x);
    e = catch(x = id(B(({ 1, 2, 3 }))) ^ id("a")); r("id(B(({ 1, 2, 3 }))) ^ id(\"a\")", e, x);
    e = catch(x = id(-1) | id("")); r("id(-1) | id(\"\")", e, x);
    e = catch(x = id(({ 0 })) | id(B(({ 97, 98 })))); r("id(({ 0 })) | id(B(({ 97, 98 })))", e, x);
    e = catch(x = (float)id(({ 2, 2 }))); r("(float)id(({ 2, 2 }))", e, x);
    e = catch(x = id(3) ^ id(32)); r("run 3 ^ 32", e, x);
    e = catch(x = !id(3.0)); r("run !3.0", e, x);
    e = catch(x = id(17) < id(2)); r("id(17) < id(2)", e, x);
    e = catch(x = id(-1) & id(4294967296)); r("run -1 & 4294967296", e, x);
    e = catch(x = (float)id(100.0)); r("(float)id(100.0)", e, x);
    e = catch(x = (object)id(this_object())); r("(object)id(this_object())", e, x);
    e = catch(x = id("-3") - id("hello world")); r("id(\"-3\") - id(\"hello world\")", e, x);
    e = catch(x = id(5) << id(2.0)); r("id(5) << id(2.0)", e, x);
    e = catch(x = id(1.5) * id((-9223372036854775807 - 1))); r("id(1.5) * id((-9223372036854775807 - 1))", e, x);
    e = catch(x = 0x7fffffffffffffff); r("lit 0x7fffffffffffffff", e, x);
    e = catch(x = id("") <= id("-3")); r("run \"\" <= \"-3\"", e, x);
    e = catch(x = ~id(B(({ 97, 98 })))); r("~id(B(({ 97, 98 })))", e, x);
    e = catch(x = id(B(({ 97, 98 }))) << id(10)); r("id(B(({ 97, 98 }))) << id(10)", e, x);
    e = catch(x = id(64) - id("ABC")); r("id(64) - id(\"ABC\")", e, x);
    e = catch(x = id(2.0) >> id(32)); r("id(2.0) >> id(32)", e, x);
    e = catch(x = id(-2.25) < id(1)); r("id(-2.25) < id(1)", e, x);
    e = catch { y = id(2.0); x = (string)y; }; r("(string)y, y=2.0", e, x);
    e = catch(x = -id("abc")); r("-id(\"abc\")", e, x);
    e = catch(x = id(-7) + id("b")); r("id(-7) + id(\"b\")", e, x);
    e = catch(x = 010); r("lit 010", e, x);
    e = catch(x = -id(0.5)); r("run -0.5", e, x);
    e = catch(x = - 65); r("fold -65", e, x);
    e = catch(x = id(0.5) ^ id(-0.125)); r("id(0.5) ^ id(-0.125)", e, x);
    e = catch(x = id(-1.0) != id(7.75)); r("run -1.0 != 7.75", e, x);
    done();
}
