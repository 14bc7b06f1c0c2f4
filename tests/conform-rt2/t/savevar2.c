// save_variable / restore_variable text of every type.
#include <conform.h>

class pt { int x; string y; }

void rt(string label, mixed v) {
    string s = save_variable(v);
    mixed back;
    show(label + " text", s);
    back = restore_variable(s);
    show(label + " back", back);
}

void rs(string label, string s) {
    show(label, caught(catch(restore_variable(s))));
    if (!catch(restore_variable(s))) show(label + " value", restore_variable(s));
}

void create() {
    float f1 = 1.5, f2 = -0.25, f3 = 100.0, f4 = 0.0, f6 = 1.0/3.0;
    rt("int", 42);
    rt("negative", -17);
    rt("zero", 0);
    rt("min int", -2147483647 - 1);
    rt("string", "hello");
    rt("empty string", "");
    rt("escapes", "a\"b\\c");
    rt("newline", "l1\nl2");
    rt("cr", "a\rb");
    rt("tab", "a\tb");
    rt("high bytes", "caf\xe9");
    rt("float 1.5", f1);
    rt("float neg", f2);
    rt("float 100", f3);
    rt("float zero", f4);
    rt("float third", f6);
    rt("array", ({ 1, "a", ({ 2 }) }));
    rt("empty array", ({ }));
    rt("array of zeros", ({ 0, 0 }));
    rt("mapping", ([ "a": 1 ]));
    rt("empty mapping", ([ ]));
    rt("int keys", ([ 1: "x" ]));
    rt("nested mapping", ([ "m": ([ "n": ({ 1, 2 }) ]) ]));
    rt("array in mapping key", ([ "k": ({ }) ]));
    rt("neg in array", ({ -1, -2 }));
    rt("floats in array", ({ f1, f2 }));
    rt("mapping float value", ([ "f": f1 ]));
    show("object", save_variable(this_object()));
    show("function", caught(catch(save_variable((: create :)))));
    show("class", caught(catch(save_variable(new(class pt, x: 1)))));
    rs("bad text", "({1,");
    rs("garbage", "xyz");
    rs("plain number", "12");
    rs("negative number", "-5");
    rs("float text", "2.5");
    rs("quoted", "\"a\\nb\"");
    rs("array text", "({1,2,})");
    rs("array no trailing comma", "({1,2})");
    rs("mapping text", "([\"a\":1,])");
    rs("spaces", "({ 1, 2 })");
    rs("empty", "");
    rs("nested", "({({1,}),([]),})");
    rs("trailing junk", "1 x");
    rs("float exp", "1.0e2");
    done();
}
