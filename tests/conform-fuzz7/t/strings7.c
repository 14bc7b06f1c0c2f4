// String efuns and string operators, fuzzed against 2.07: explode, implode,
// replace_string, strsrch, case changes, regexp, reg_assoc, repeat_string,
// bit strings, terminal_colour, pluralize, query_num, base_name, strcmp,
// comparisons, member_array on strings. 2.7 strings end at a NUL: the
// literal "a\0b" is "a".
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    e = catch(x = ({ strlen("a\0b"), "a\0b" })); r("literal \"a\\0b\"", e, x);
    e = catch(x = strlen("a" + "\0" + "b")); r("\"a\" + \"\\0\" + \"b\"", e, x);
    e = catch(x = "\0"); r("literal \"\\0\"", e, x);
    e = catch(x = sizeof(explode("x\0y", ""))); r("explode(\"x\\0y\", \"\")", e, x);
    e = catch(x = replace_string("abc", "b", "\0")); r("replace_string(\"abc\", \"b\", \"\\0\")", e, x);
    e = catch(x = implode(({ "a", "b" }), "\0")); r("implode with \"\\0\"", e, x);
    e = catch(x = ({ "\x41\x42", strlen("a\x00b") })); r("hex escapes", e, x);
    e = catch(x = '\0'); r("'\\0'", e, x);

    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch(x = explode(id("X"), id("X"))); r("explode(id(\"X\"), id(\"X\"))", e, x);
    e = catch(x = sizeof(id("one two  three"))); r("sizeof(id(\"one two  three\"))", e, x);
    e = catch(x = strsrch(id("tab\there"), id("%"), id(-2))); r("strsrch(id(\"tab\\there\"), id(\"%\"), id(-2))", e, x);
    e = catch(x = strsrch(id("MiXeD cAsE 123"), id("%"), id(-2))); r("strsrch(id(\"MiXeD cAsE 123\"), id(\"%\"), id(-2))", e, x);
    e = catch(x = base_name(id("/x#"))); r("base_name(id(\"/x#\"))", e, x);
    e = catch(x = ({ lower_case(id("a%b%c")), upper_case(id("a%b%c")), capitalize(id("a%b%c")) })); r("case \"a%b%c\"", e, x);
    e = catch(x = sizeof(explode(id("a b"), id("aa")))); r("sizeof(explode(id(\"a b\"), id(\"aa\")))", e, x);
    e = catch(x = regexp(({ "x", "abc", "ABC", "a.b" }), id("%"))); r("regexp(({ \"x\", \"abc\", \"ABC\", \"a.b\" }), id(\"%\"))", e, x);
    e = catch(x = sort_array(explode(id("aaa"), ""), 1)); r("sort_array(explode(id(\"aaa\"), \"\"), 1)", e, x);
    e = catch(x = explode(id("\n\nx\n"), id("a"))); r("explode(id(\"\\n\\nx\\n\"), id(\"a\"))", e, x);
    e = catch(x = regexp(id("ab|c"), id("o w"))); r("regexp(id(\"ab|c\"), id(\"o w\"))", e, x);
    e = catch(x = to_float(id(" 4.5x"))); r("to_float(id(\" 4.5x\"))", e, x);
    e = catch(x = sprintf("%c%c%c", id(-1), id(128), id(-191))); r("sprintf(\"%c%c%c\", id(-1), id(128), id(-191))", e, x);
    e = catch(x = sizeof(explode(id(",,a,,"), id(",,")))); r("sizeof(explode(id(\",,a,,\"), id(\",,\")))", e, x);
    e = catch(x = implode(explode(id("\n\nx\n"), id(",,")), id(",,"))); r("implode(explode(id(\"\\n\\nx\\n\"), id(\",,\")), id(\",,\"))", e, x);
    e = catch(x = reg_assoc(id(""), id(({ "a.c", "[a" })), id(({ "A", "B" })), id(0))); r("reg_assoc(id(\"\"), id(({ \"a.c\", \"[a\" })), id(({ \"A\", \"B\" })), id(0))", e, x);
    e = catch(x = replace_string(id("abab"), id("ab"), id(""))); r("replace_string(id(\"abab\"), id(\"ab\"), id(\"\"))", e, x);
    e = catch(x = replace_string(id("The Quick Fox"), id("ab"), id(""), id(1), id(1))); r("replace_string(id(\"The Quick Fox\"), id(\"ab\"), id(\"\"), id(1), id(1))", e, x);
    e = catch(x = replace_string(id("new\nline"), id(".."), id(""))); r("replace_string(id(\"new\\nline\"), id(\"..\"), id(\"\"))", e, x);
    e = catch(x = upper_case(id(""))); r("upper_case(id(\"\"))", e, x);
    e = catch(x = reg_assoc(id("\\"), id(({ "[]a]", "a?" })), id(({ "A", "B" })), id("-"))); r("reg_assoc(id(\"\\\\\"), id(({ \"[]a]\", \"a?\" })), id(({ \"A\", \"B\" })), id(\"-\"))", e, x);
    e = catch(x = base_name(id(""))); r("base_name(id(\"\"))", e, x);
    e = catch(x = sscanf(id("the other theme"), "%(\t)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"the other theme\"), \"%(\\t)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = strlen(id("b"))); r("strlen(id(\"b\"))", e, x);
    e = catch(x = implode(id(({ ",a,b,", 1.5, "xaby" })), id("\n"))); r("implode(id(({ \",a,b,\", 1.5, \"xaby\" })), id(\"\\n\"))", e, x);
    e = catch(x = implode(explode(id(",a,b,"), id("b")), id("b"))); r("implode(explode(id(\",a,b,\"), id(\"b\")), id(\"b\"))", e, x);
    e = catch(x = regexp(id(({ 1, "a" })), id("[["))); r("regexp(id(({ 1, \"a\" })), id(\"[[\"))", e, x);
    e = catch(x = explode(id("  spaces  "), id("a"))); r("explode(id(\"  spaces  \"), id(\"a\"))", e, x);
    e = catch(x = lower_case(id("hello_world-yes"))); r("lower_case(id(\"hello_world-yes\"))", e, x);
    e = catch(x = regexp(id(({ "\\", "aab", "]", "(a)" })), id("a.c"))); r("regexp(id(({ \"\\\\\", \"aab\", \"]\", \"(a)\" })), id(\"a.c\"))", e, x);
    e = catch(x = ({ id("x") < id("tab\there"), id("x") > id("a..b..c"), id("x") == id("%^RED%^") })); r("cmp \"x\"", e, x);
    e = catch(x = sizeof(explode(id("  a  b  "), id("")))); r("sizeof(explode(id(\"  a  b  \"), id(\"\")))", e, x);
    e = catch(x = sscanf(id("hello world"), "%(\\<the)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"hello world\"), \"%(\\\\<the)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = implode(id(({ "ababa", "ab", " a b " })), id("\n"))); r("implode(id(({ \"ababa\", \"ab\", \" a b \" })), id(\"\\n\"))", e, x);
    e = catch(x = repeat_string(id("a%b%c"), id(0))); r("repeat_string(id(\"a%b%c\"), id(0))", e, x);
    e = catch(x = repeat_string(id("a\\b"), id(3))); r("repeat_string(id(\"a\\\\b\"), id(3))", e, x);
    e = catch(x = explode(id("abab"), id(",,"))); r("explode(id(\"abab\"), id(\",,\"))", e, x);
    e = catch(x = replace_string(id("1.5"), id(""), id("X"), id(1), id(1))); r("replace_string(id(\"1.5\"), id(\"\"), id(\"X\"), id(1), id(1))", e, x);
    e = catch(x = capitalize(id("a"))); r("capitalize(id(\"a\"))", e, x);
    e = catch(x = ({ id("\xe9\xc9\xdf\xff") < id("\x80\x81"), id("\xe9\xc9\xdf\xff") > id("a\xe9B\xc9"), id("\xe9\xc9\xdf\xff") == id("a\xe9B\xc9") })); r("cmp \"\\xe9\\xc9\\xdf\\xff\"", e, x);
    e = catch(x = ({ to_int(id("a\\b")), to_float(id("a\\b")) })); r("conv \"a\\\\b\"", e, x);
    e = catch(x = sscanf(id("aa"), "%(\\a\\)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"aa\"), \"%(\\\\a\\\\)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = sizeof(explode(id("  a  b  "), id("aa")))); r("sizeof(explode(id(\"  a  b  \"), id(\"aa\")))", e, x);
    e = catch(x = regexp(id("the other theme"), id("a.c"))); r("regexp(id(\"the other theme\"), id(\"a.c\"))", e, x);
    e = catch(x = test_bit(id(" "), id(6))); r("test_bit(id(\" \"), id(6))", e, x);
    e = catch(x = reg_assoc(id(""), id(({ "[abc]", "^a" })), id(({ "A", "B" })), id("-"))); r("reg_assoc(id(\"\"), id(({ \"[abc]\", \"^a\" })), id(({ \"A\", \"B\" })), id(\"-\"))", e, x);
    e = catch(x = to_float(id("-2.25"))); r("to_float(id(\"-2.25\"))", e, x);
    e = catch(x = to_int(id(1.9))); r("to_int(id(1.9))", e, x);
    e = catch(x = implode(id(({ "a\nb\n", "a\nb\n", "a,b,c" })), id("abc"))); r("implode(id(({ \"a\\nb\\n\", \"a\\nb\\n\", \"a,b,c\" })), id(\"abc\"))", e, x);
    e = catch(x = replace_string(id("aaaa"), id("a"), id("b"))); r("replace_string(id(\"aaaa\"), id(\"a\"), id(\"b\"))", e, x);
    e = catch(x = implode(id(({ ",a,b,", "  a  b  ", "a b" })), id("b"))); r("implode(id(({ \",a,b,\", \"  a  b  \", \"a b\" })), id(\"b\"))", e, x);
    e = catch(x = upper_case(id("Hello"))); r("upper_case(id(\"Hello\"))", e, x);
    e = catch(x = sscanf(id("AbC"), "%(a+)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"AbC\"), \"%(a+)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = sizeof(id("  spaces  ")) + strlen(id("  spaces  "))); r("sizeof(id(\"  spaces  \")) + strlen(id(\"  spaces  \"))", e, x);
    e = catch(x = sprintf(id("%s|%-6s|%6s|%|6s|%.2s"), id("\x80\x81"), id("\x80\x81"), id("\x80\x81"), id("\x80\x81"), id("\x80\x81"))); r("sprintf strs \"\\x80\\x81\"", e, x);
    e = catch(x = sprintf("%c%c%c", id(-1), id(128), id(32))); r("sprintf(\"%c%c%c\", id(-1), id(128), id(32))", e, x);
    e = catch(x = ({ strcmp(id("\xe9\xc9\xdf"), id("b")) < 0, strcmp(id("\xe9\xc9\xdf"), id("b")) == 0 })); r("strcmp sign \"\\xe9\\xc9\\xdf\" \"b\"", e, x);
    e = catch(x = regexp(id(({ 1, "a" })), id("a"))); r("regexp(id(({ 1, \"a\" })), id(\"a\"))", e, x);
    e = catch(x = implode(explode(id("ba"), id("ab")), id("ab"))); r("implode(explode(id(\"ba\"), id(\"ab\")), id(\"ab\"))", e, x);
    e = catch(x = ({ id("  spaces  ") < id("a..b..c"), id("  spaces  ") > id("a\xe9B\xc9"), id("  spaces  ") == id("MiXeD cAsE 123") })); r("cmp \"  spaces  \"", e, x);
    e = catch(x = implode(explode(id("  a  b  "), id("")), id(""))); r("implode(explode(id(\"  a  b  \"), id(\"\")), id(\"\"))", e, x);
    e = catch(x = sscanf(id("a$b"), "%([\\]])%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"a$b\"), \"%([\\\\]])%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = regexp(id("the other theme"), id("[A-Z][a-z]*"))); r("regexp(id(\"the other theme\"), id(\"[A-Z][a-z]*\"))", e, x);
    e = catch(x = explode(id("\xe9\xc9\xdf\xff"), id("\xe9"))); r("explode(id(\"\\xe9\\xc9\\xdf\\xff\"), id(\"\\xe9\"))", e, x);
    e = catch(x = sscanf(id("]"), "%(\\.)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"]\"), \"%(\\\\.)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = sizeof(explode(id(" a b "), id("")))); r("sizeof(explode(id(\" a b \"), id(\"\")))", e, x);
    e = catch(x = member_array(id('%'), id("\x80\x81"))); r("member_array(id('%'), id(\"\\x80\\x81\"))", e, x);
    e = catch(x = id("") <= id("a\nb")); r("id(\"\") <= id(\"a\\nb\")", e, x);
    e = catch(x = strlen(id("1.5"))); r("strlen(id(\"1.5\"))", e, x);
    e = catch(x = implode(explode(id("xaby"), id(",")), id(","))); r("implode(explode(id(\"xaby\"), id(\",\")), id(\",\"))", e, x);
    e = catch(x = sscanf(id("b"), "%([^abc])%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"b\"), \"%([^abc])%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = reg_assoc(id("AbC"), id(({ "[[:digit:]]", "o w" })), id(({ "A", "B" })), id("-"))); r("reg_assoc(id(\"AbC\"), id(({ \"[[:digit:]]\", \"o w\" })), id(({ \"A\", \"B\" })), id(\"-\"))", e, x);
    e = catch(x = replace_string(id("a,b,,c,"), id("abc"), id("X"), id(1))); r("replace_string(id(\"a,b,,c,\"), id(\"abc\"), id(\"X\"), id(1))", e, x);
    e = catch(x = regexp(id(({ "the other theme", "a\tb", "a\tb", "b" })), id("a\\|b"), id(3))); r("regexp(id(({ \"the other theme\", \"a\\tb\", \"a\\tb\", \"b\" })), id(\"a\\\\|b\"), id(3))", e, x);
    e = catch(x = replace_string(id("..."), id("a"), id("--"))); r("replace_string(id(\"...\"), id(\"a\"), id(\"--\"))", e, x);
    e = catch(x = reg_assoc(id("a$b"), id(({ "\\1", "(a|b)c" })), id(({ "A", "B" })), id(0))); r("reg_assoc(id(\"a$b\"), id(({ \"\\\\1\", \"(a|b)c\" })), id(({ \"A\", \"B\" })), id(0))", e, x);
    e = catch(x = strsrch(id(" x "), id("b"), id(100))); r("strsrch(id(\" x \"), id(\"b\"), id(100))", e, x);
    e = catch(x = strlen(id(" 42abc"))); r("strlen(id(\" 42abc\"))", e, x);
    e = catch(x = regexp(id(({ "aa", "a$b", "aa", "aab" })), id("[a-z]+"), id(2))); r("regexp(id(({ \"aa\", \"a$b\", \"aa\", \"aab\" })), id(\"[a-z]+\"), id(2))", e, x);
    e = catch(x = repeat_string(id("a..b..c"), id(2))); r("repeat_string(id(\"a..b..c\"), id(2))", e, x);
    e = catch(x = regexp(id(({ "aa", "123 abc 45", "123 abc 45", "]" })), id("^$"))); r("regexp(id(({ \"aa\", \"123 abc 45\", \"123 abc 45\", \"]\" })), id(\"^$\"))", e, x);
    e = catch(x = strsrch(id("\x80\x81"), id("\xe9"), id(0))); r("strsrch(id(\"\\x80\\x81\"), id(\"\\xe9\"), id(0))", e, x);
    e = catch(x = sort_array(explode(id("Hello"), ""), 1)); r("sort_array(explode(id(\"Hello\"), \"\"), 1)", e, x);
    e = catch(x = reg_assoc(id("abc"), id(({ "a|", "[a" })), id(({ "A", "B" })), id("-"))); r("reg_assoc(id(\"abc\"), id(({ \"a|\", \"[a\" })), id(({ \"A\", \"B\" })), id(\"-\"))", e, x);
    e = catch(x = repeat_string(id("..."), id(-1))); r("repeat_string(id(\"...\"), id(-1))", e, x);
    e = catch(x = implode(id(({ "abab", " ", "a" })), id(" "))); r("implode(id(({ \"abab\", \" \", \"a\" })), id(\" \"))", e, x);
    e = catch(x = reg_assoc(id("x,y"), id(({ "a" })), id(({ 1 })), id(-1))); r("reg_assoc(id(\"x,y\"), id(({ \"a\" })), id(({ 1 })), id(-1))", e, x);
    e = catch(x = map(explode(id(""), ""), (: $1 + $1 :))); r("map(explode(id(\"\"), \"\"), (: $1 + $1 :))", e, x);
    e = catch(x = explode(id("x"), id(" "))); r("explode(id(\"x\"), id(\" \"))", e, x);
    e = catch(x = implode(explode(id("\x80\x81"), id(",")), id(","))); r("implode(explode(id(\"\\x80\\x81\"), id(\",\")), id(\",\"))", e, x);
    e = catch(x = sscanf(id("aab"), "%(.)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"aab\"), \"%(.)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    e = catch(x = regexp(id(({ "abcabc", "xyz", "aab", "" })), id("\\."), id(2))); r("regexp(id(({ \"abcabc\", \"xyz\", \"aab\", \"\" })), id(\"\\\\.\"), id(2))", e, x);
    e = catch(x = sort_array(({ "%^RED%^", "new\nline", "" }), 1)); r("sort_array(({ \"%^RED%^\", \"new\\nline\", \"\" }), 1)", e, x);
    e = catch(x = ({ lower_case(id("a..b..c")), upper_case(id("a..b..c")), capitalize(id("a..b..c")) })); r("case \"a..b..c\"", e, x);
    e = catch(x = explode(id(" a b "), id("abc"))); r("explode(id(\" a b \"), id(\"abc\"))", e, x);
    e = catch(x = strsrch(id("A b C"), id('b'), id(-1))); r("strsrch(id(\"A b C\"), id('b'), id(-1))", e, x);
    e = catch(x = sizeof(id("a\xe9B\xc9")) + strlen(id("a\xe9B\xc9"))); r("sizeof(id(\"a\\xe9B\\xc9\")) + strlen(id(\"a\\xe9B\\xc9\"))", e, x);
    e = catch(x = query_num(id(99), id(1000))); r("query_num(id(99), id(1000))", e, x);
    e = catch(x = query_num(id(0), id(10))); r("query_num(id(0), id(10))", e, x);
    e = catch(x = sscanf(id(""), "%(\\W)%s", a1, a2) + 100 * (a1 ? 1 : 0)); r("sscanf(id(\"\"), \"%(\\\\W)%s\", a1, a2) + 100 * (a1 ? 1 : 0)", e, x);
    done();
}
