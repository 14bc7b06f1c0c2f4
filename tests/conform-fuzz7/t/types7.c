// typeof and the type predicates over every type and over undefined values,
// to_int/to_float, and string and core efuns called with arguments of random
// types (which raise, which convert). Sampled from fuzz runs where 2.07 and
// Hearth agreed.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;



    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch(x = allocate(id(({ })), id("a b c"))); r("allocate(id(({ })), id(\"a b c\"))", e, x);
    e = catch(x = functionp(id(-2.25))); r("functionp(id(-2.25))", e, x);
    e = catch(x = strcmp(id(1), id(B(({ 97, 98 }))))); r("strcmp(id(1), id(B(({ 97, 98 }))))", e, x);
    e = catch { y = id(1000); x = ({ typeof(y), undefinedp(y), nullp(y) }); }; r("var 1000", e, x);
    e = catch(x = set_bit(id(undef()), id("[a-c]"))); r("set_bit(id(undef()), id(\"[a-c]\"))", e, x);
    e = catch(x = (id("10") ? 1 : 2)); r("(id(\"10\") ? 1 : 2)", e, x);
    e = catch(x = query_num(id(([ "a": 1 ])), id(undef()))); r("query_num(id(([ \"a\": 1 ])), id(undef()))", e, x);
    e = catch(x = (!id(2.0))); r("(!id(2.0))", e, x);
    e = catch { a1 = a2 = -99; x = ({ sscanf(id("ABC"), id("\xe9"), a1, a2), a1, a2 }); }; r("sscanf(\"ABC\", \"\\xe9\")", e, x);
    e = catch(x = set_bit(id(undef()), id(({ "a", "b" })))); r("set_bit(id(undef()), id(({ \"a\", \"b\" })))", e, x);
    e = catch(x = objectp(id(65))); r("objectp(id(65))", e, x);
    e = catch(x = to_float(id(0))); r("to_float(id(0))", e, x);
    e = catch(x = (id(" 42abc") ? 1 : 2)); r("(id(\" 42abc\") ? 1 : 2)", e, x);
    e = catch(x = (id(-0.125) ? 1 : 2)); r("(id(-0.125) ? 1 : 2)", e, x);
    e = catch(x = replace_string(id(1), id(3), id("[a-c]"), id(-2.0), id("%d"))); r("replace_string(id(1), id(3), id(\"[a-c]\"), id(-2.0), id(\"%d\"))", e, x);
    e = catch { y = id(([ "a": 2, "b": 3 ])); x = ({ typeof(y), undefinedp(y), nullp(y) }); }; r("var ([ \"a\": 2, \"b\": 3 ])", e, x);
    e = catch { y = id(({ "a", "b" })); x = ({ typeof(y), undefinedp(y), nullp(y) }); }; r("var ({ \"a\", \"b\" })", e, x);
    e = catch(x = (!id(3))); r("(!id(3))", e, x);
    e = catch(x = (id(({ 1 })[0]) ? 1 : 2)); r("(id(({ 1 })[0]) ? 1 : 2)", e, x);
    e = catch(x = arrayp(id("hello world"))); r("arrayp(id(\"hello world\"))", e, x);
    e = catch(x = read_buffer(id("ABC"))); r("read_buffer(id(\"ABC\"))", e, x);
    e = catch { y = id(3.0); x = ({ typeof(y), undefinedp(y), nullp(y) }); }; r("var 3.0", e, x);
    e = catch(x = (!id(1000.5))); r("(!id(1000.5))", e, x);
    e = catch { y = id(100); x = ({ typeof(y), undefinedp(y), nullp(y) }); }; r("var 100", e, x);
    e = catch(x = member_array(id(undef()), id(this_object()))); r("member_array(id(undef()), id(this_object()))", e, x);
    e = catch(x = nullp(id(1.5))); r("nullp(id(1.5))", e, x);
    e = catch(x = (!id(1))); r("(!id(1))", e, x);
    e = catch(x = stringp(id(([ 1: "x", 2: "y" ])))); r("stringp(id(([ 1: \"x\", 2: \"y\" ])))", e, x);
    e = catch(x = functionp(id(65536))); r("functionp(id(65536))", e, x);
    e = catch(x = replace_string(id(({ "a", "b" })), id("[a-c]"), id(undef()))); r("replace_string(id(({ \"a\", \"b\" })), id(\"[a-c]\"), id(undef()))", e, x);
    e = catch(x = strlen(id(1.5))); r("strlen(id(1.5))", e, x);
    e = catch(x = (!id("-3"))); r("(!id(\"-3\"))", e, x);
    e = catch(x = clear_bit(id(100), id(([ ])))); r("clear_bit(id(100), id(([ ])))", e, x);
    e = catch(x = to_int(id("ABC"))); r("to_int(id(\"ABC\"))", e, x);
    e = catch(x = pluralize(id(3))); r("pluralize(id(3))", e, x);
    e = catch(x = typeof(id(8))); r("typeof(id(8))", e, x);
    e = catch(x = replace_string(id(1.5), id(0), id((: $1 :)))); r("replace_string(id(1.5), id(0), id((: $1 :)))", e, x);
    e = catch(x = reg_assoc(id(({ "a", "b" })), id(-1), id(-2.0))); r("reg_assoc(id(({ \"a\", \"b\" })), id(-1), id(-2.0))", e, x);
    e = catch(x = functionp(id(this_object()))); r("functionp(id(this_object()))", e, x);
    e = catch(x = floatp(id(-2147483648))); r("floatp(id(-2147483648))", e, x);
    e = catch(x = copy(id(this_object()))); r("copy(id(this_object()))", e, x);
    e = catch(x = bufferp(id("hello world"))); r("bufferp(id(\"hello world\"))", e, x);
    e = catch(x = floatp(id(7.75))); r("floatp(id(7.75))", e, x);
    e = catch(x = (!id(32))); r("(!id(32))", e, x);
    e = catch(x = arrayp(id(([ "a": 1 ])))); r("arrayp(id(([ \"a\": 1 ])))", e, x);
    e = catch(x = base_name(id(B(({ 97, 98 }))))); r("base_name(id(B(({ 97, 98 }))))", e, x);
    e = catch(x = allocate_buffer(id(-1))); r("allocate_buffer(id(-1))", e, x);
    e = catch { y = id("%s"); x = ({ typeof(y), undefinedp(y), nullp(y) }); }; r("var \"%s\"", e, x);
    e = catch(x = regexp(id(0), id(-1), id(""))); r("regexp(id(0), id(-1), id(\"\"))", e, x);
    e = catch(x = arrayp(id("ABC"))); r("arrayp(id(\"ABC\"))", e, x);
    e = catch { a1 = a2 = -99; x = ({ sscanf(id(({ "a", "b" })), id(({ 1, 2 })), a1, a2), a1, a2 }); }; r("sscanf(({ \"a\", \"b\" }), ({ 1, 2 }))", e, x);
    e = catch(x = keys(id("ABC"))); r("keys(id(\"ABC\"))", e, x);
    e = catch(x = (id(9223372036854775807) ? 1 : 2)); r("(id(9223372036854775807) ? 1 : 2)", e, x);
    e = catch(x = classp(id(-1.0))); r("classp(id(-1.0))", e, x);
    e = catch(x = strcmp(id(0), id("%d"))); r("strcmp(id(0), id(\"%d\"))", e, x);
    e = catch(x = pow(id(({ 1, 2 })), id("[a-c]"))); r("pow(id(({ 1, 2 })), id(\"[a-c]\"))", e, x);
    e = catch(x = (!id(({ 1, 2, 3 })))); r("(!id(({ 1, 2, 3 })))", e, x);
    e = catch(x = regexp(id("%s %d"), id(undef()))); r("regexp(id(\"%s %d\"), id(undef()))", e, x);
    e = catch(x = nullp(id(0.0))); r("nullp(id(0.0))", e, x);
    e = catch(x = classp(id(17))); r("classp(id(17))", e, x);
    e = catch(x = (!id(-0.125))); r("(!id(-0.125))", e, x);
    e = catch(x = (id(31) ? 1 : 2)); r("(id(31) ? 1 : 2)", e, x);
    e = catch(x = pow(id(1), id(undef()))); r("pow(id(1), id(undef()))", e, x);
    e = catch(x = replace_string(id(1.5), id(1), id(({ "[a-c]" })))); r("replace_string(id(1.5), id(1), id(({ \"[a-c]\" })))", e, x);
    e = catch(x = bufferp(id(this_object()))); r("bufferp(id(this_object()))", e, x);
    e = catch(x = keys(id(1))); r("keys(id(1))", e, x);
    e = catch(x = to_float(id(3))); r("to_float(id(3))", e, x);
    e = catch(x = (!id("A b C"))); r("(!id(\"A b C\"))", e, x);
    e = catch(x = (!id(9223372036854775807))); r("(!id(9223372036854775807))", e, x);
    e = catch(x = (id("b") ? 1 : 2)); r("(id(\"b\") ? 1 : 2)", e, x);
    done();
}
