// String operators and escapes: + with numbers, +=, comparisons, escape
// sequences in literals, embedded NUL-like bytes, high bytes, char values.
#include <conform.h>

void create() {
    string s = "abc", t;
    mixed e, ms = "abc", three = 3, sa = "a";
    int i;

    show("escapes", "a\tb\nc\\d\"e");
    show("octal-style escape \\101", "\101");
    show("hex escape \\x41", "\x41");
    show("escape \\e", "\e");
    show("escape \\a \\b \\f \\v", ({ "\a", "\b", "\f", "\v" }));
    show("unknown escape \\q", "\q");
    show("escaped single quote", "\'");
    show("high byte", "\xff");
    show("strlen of escapes", strlen("\t\n\\"));
    show("char literal escapes", ({ '\a', '\b', '\f', '\v', '\r', '\"' }));
    show("negative char from high byte", "\xe9"[0]);
    t = s;
    t += "def";
    show("+= keeps original", ({ s, t }));
    t = "";
    for (i = 0; i < 5; i++) t += i;
    show("+= int", t);
    show("string == identical text", s == "a" + "bc");
    show("string != ", s != "abd");
    show("strlen", ({ strlen(""), strlen(s) }));
    show("indexing gives int", s[1]);
    show("string + char", s + 'd');
    show("char arithmetic", 'a' + 1);
    t = "x";
    t[0] = 'y';
    show("set char", t);
    show("set char to 0", catch(t[0] = 0));
    show("after", t);
    show("upper/lower", ({ upper_case("aBc1"), lower_case("AbC1"), capitalize("abc"), capitalize("") }));
    show("replace_string", ({ replace_string("aaa", "a", "bb"), replace_string("abc", "", "x"), replace_string("abcabc", "b", "") }));
    show("strsrch", ({ strsrch("abcabc", "c"), strsrch("abcabc", "c", -1), strsrch("abc", ""), strsrch("abc", 'b'), strsrch("abc", "z") }));
    show("explode edges", ({ explode("", ","), explode(",", ","), explode("a,,b", ","), explode(",a,", ","), explode("abc", "") }));
    show("explode repeated leading", explode(",,a", ","));
    show("implode edges", ({ implode(({ }), ","), implode(({ "a" }), ","), implode(({ "", "" }), ",") }));
    show("string * 3", caught(catch(e = ms * three)));
    show("string - 'a'", caught(catch(e = ms - sa)));
    show("long concat", sizeof(s + s + s + s));
    show("multi-line literal", "line1\
line2");
    show("string to array of chars", map(explode("a b", ""), (: $1 :)));
    show("compare with 0", ({ s == 0, 0 == s }));
    show("sprintf %c of 0 length", strlen(sprintf("%c", 0)));
    show("strcmp", ({ strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a") }));
    show("trim-ish via sscanf", sscanf("  x", " %s", t) ? t : "no");
    done();
}
