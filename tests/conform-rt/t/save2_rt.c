// save_variable/restore_variable, second part: float text, odd restore
// inputs (spaces, missing trailing commas, signs), and strings with
// bytes above 127.
#include <conform.h>

mixed rv(string s) {
    mixed r, e = catch(r = restore_variable(s));
    return e ? "error" : r;
}

void create() {
    float third = 1.0 / 3, big = 1234.5, small = 0.000001, neg = -2.5;
    show("float texts", map(({ third, big, small, neg, 0.0, 100.0 }), (: save_variable :)));
    show("float round trip third", restore_variable(save_variable(third)) == third);
    show("string with high bytes", save_variable("caf\xe9"));
    show("restore ' 5'", rv(" 5"));
    show("restore '5 '", rv("5 "));
    show("restore '+5'", rv("+5"));
    show("restore '0x10'", rv("0x10"));
    show("restore '1.5e3'", rv("1.5e3"));
    show("restore array without trailing comma", rv("({1,2})"));
    show("restore array with spaces", rv("({ 1, 2, })"));
    show("restore unterminated string", rv("\"abc"));
    show("restore string with raw newline", rv("\"a\nb\""));
    show("restore string with \\r", rv("\"a\rb\""));
    show("restore nested empty", rv("({({}),([]),})"));
    show("restore mapping of arrays", rv("([\"a\":({1,}),\"b\":([]),])"));
    show("restore negative float", rv("-1.25"));
    show("restore just minus", rv("-"));
    show("restore trailing junk", rv("12abc"));
    show("restore array trailing junk", rv("({1,})x"));
    show("save_variable of 0 in mapping", save_variable(([ "z": 0 ])));
    show("save_variable of float in array", save_variable(({ 0.5 })));
    done();
}
