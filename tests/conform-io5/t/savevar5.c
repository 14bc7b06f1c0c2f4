// save_variable/restore_variable: deep and empty containers, exact text for
// floats, negatives and escapes, odd spacing and malformed input; restore_object
// of hand-written files with odd spacing.
#include <conform.h>

void sv(string label, mixed v) {
    mixed err, r;
    string s;
    err = catch(s = save_variable(v));
    if (err) { show(label, "error"); return; }
    show(label + " text", s);
    err = catch(r = restore_variable(s));
    if (err) show(label + " back", "error");
    else show(label + " back", r);
}

void rv(string label, string s) {
    mixed err, r;
    err = catch(r = restore_variable(s));
    if (err) show(label, "error");
    else show(label, r);
}

int i_v;
string s_v;
mixed m_v;
float f_v;

void create() {
    mixed err;
    int neg = -5, big = 2147483647, small = -2147483647 - 1;
    float f1 = 0.1, f2 = -2.5, f3 = 10000000000.0, f4 = 1.0 / 3.0, f5 = 0.0;
    sv("int neg", neg);
    sv("int max", big);
    sv("int min", small);
    sv("float 0.1", f1);
    sv("float -2.5", f2);
    sv("float 1e10", f3);
    sv("float third", f4);
    sv("float zero", f5);
    sv("string escapes", "a\"b\\c\nd\te\rf\x01g\x7fh");
    sv("string empty", "");
    sv("zero", 0);
    sv("empty array", ({ }));
    sv("empty mapping", ([ ]));
    sv("nested empties", ({ ({ }), ([ ]), ({ ({ }) }), ([ "a": ({ }) ]) }));
    sv("deep", ({ ({ ({ ({ ({ 1, ({ "x" }) }) }) }) }) }));
    sv("mapping nest", ([ 1: ([ 2: ([ 3: ({ -4 }) ]) ]) ]));
    sv("mixed array", ({ 1, -1, 1.5, "s", ({ 0 }), ([ "k": 0 ]) }));
    sv("array with zeros", ({ 0, 0, 0 }));
    sv("object", this_object());
    sv("array with object", ({ this_object() }));
    sv("function", (: 1 :));
    rv("spaces in array", "({ 1, 2, })");
    rv("no trailing comma", "({1,2})");
    rv("leading space", " 5");
    rv("trailing space", "5 ");
    rv("negative", "-12");
    rv("plus sign", "+12");
    rv("float text", "1.250000");
    rv("float exponent", "1e3");
    rv("string escaped", "\"a\\nb\\\"c\"");
    rv("string raw newline", "\"a\nb\"");
    rv("unterminated string", "\"abc");
    rv("unterminated array", "({1,2,");
    rv("empty mapping text", "([])");
    rv("empty array text", "({})");
    rv("junk", "abc");
    rv("empty string", "");
    rv("hex", "0x10");
    rv("trailing junk", "12abc");
    rv("nested text", "({([\"a\":({1,({}),}),]),({}),})");
    rv("class text", "(/1,2,/)");

    mkdir("/data");
    write_file("/data/h1.o", "#/t/savevar5.c\ni_v 5\ns_v \"x\\ny\"\nm_v ({1,([\"a\":-2,]),})\nf_v 2.500000\n", 1);
    err = catch(restore_object("/data/h1"));
    show("hand restore", err ? "error" : "no error");
    show("hand values", ({ i_v, s_v, m_v, f_v }));
    write_file("/data/h2.o", "i_v 6\n\ns_v \"z\"\n", 1);
    err = catch(restore_object("/data/h2"));
    show("hand no header, blank line", err ? "error" : "no error");
    show("hand values 2", ({ i_v, s_v, m_v, f_v }));
    write_file("/data/h3.o", "#x\ni_v  7\n", 1);
    err = catch(restore_object("/data/h3"));
    show("hand double space", err ? "error" : "no error");
    show("hand values 3", ({ i_v, s_v }));
    write_file("/data/h4.o", "#x\ni_v -9\ns_v 12\n", 1);
    err = catch(restore_object("/data/h4"));
    show("hand wrong type", err ? "error" : "no error");
    show("hand values 4", ({ i_v, s_v }));
    write_file("/data/h5.o", "#x\ni_v 3", 1);
    err = catch(restore_object("/data/h5"));
    show("hand no final newline", err ? "error" : "no error");
    show("hand values 5", ({ i_v, s_v }));
    done();
}
