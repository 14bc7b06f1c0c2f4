// save_variable text for every value kind and restore_variable round trips,
// including strings with quotes, backslashes and newlines, negative numbers,
// nested arrays/mappings, and malformed input.
#include <conform.h>

void both(string label, mixed v) {
    string s = save_variable(v);
    mixed back;
    show(label + " text", s);
    back = restore_variable(s);
    show(label + " back", back);
}

void create() {
    both("int", 42);
    both("negative int", -17);
    both("zero", 0);
    both("string", "hello");
    both("empty string", "");
    both("quotes", "say \"hi\"");
    both("backslash", "a\\b");
    both("newline", "line1\nline2");
    both("tab", "a\tb");
    both("carriage return", "a\rb");
    both("empty array", ({ }));
    both("array", ({ 1, "two", 3 }));
    both("nested array", ({ ({ 1, 2 }), ({ }), ({ ({ "x" }) }) }));
    both("array with zero", ({ 0, 0 }));
    both("empty mapping", ([ ]));
    both("mapping one key", ([ "k": "v" ]));
    both("mapping int key", ([ 5: ({ 1 }) ]));
    both("mapping nested", ([ "a": ([ "b": 2 ]) ]));
    show("float text", save_variable(1.5));
    show("float back", restore_variable(save_variable(1.5)));
    show("float negative back", restore_variable(save_variable(-0.25)));
    show("restore int text", restore_variable("123"));
    show("restore negative", restore_variable("-5"));
    show("restore string text", restore_variable("\"a\\\"b\""));
    show("restore array text", restore_variable("({1,2,({3,}),})"));
    show("restore mapping text", restore_variable("([\"x\":1,2:\"y\",])"));
    show("restore float text", restore_variable("2.5"));
    show("restore bad text", caught(catch(restore_variable("({1,2"))));
    show("restore garbage", caught(catch(restore_variable("@@"))));
    show("restore empty", caught(catch(restore_variable(""))));
    done();
}
