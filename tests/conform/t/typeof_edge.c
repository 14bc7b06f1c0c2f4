// typeof(), undefinedp(), nullp-style checks and the *p() predicates on
// every kind of value, including missing mapping keys, destructed
// objects, missing arguments and uninitialised globals.
#include <conform.h>

int gi;
float gf;
string gs;
mixed *ga;
mapping gm;
object go;
function gfn;
mixed gx;

varargs mixed *probe(mixed a, mixed b) { return ({ undefinedp(a), undefinedp(b), typeof(b) }); }
void noret() { }
int noret_int() { }

void create() {
    mixed v, *vals;
    object ob;
    mapping m = ([ "zero": 0 ]);

    vals = ({ 1, 1.5, "s", ({ }), ([ ]), this_object(), (: 1 :), 0, allocate_buffer(1) });
    show("typeof each", map(vals, (: typeof :)));
    show("uninitialised globals", ({ gi, gf, gs, ga, gm, go, gfn, gx }));
    show("typeof uninitialised float", typeof(gf));
    show("typeof uninitialised string", typeof(gs));
    show("undefinedp of globals", ({ undefinedp(gi), undefinedp(gs), undefinedp(gx) }));
    show("undefinedp missing key", undefinedp(m["nope"]));
    show("undefinedp present 0", undefinedp(m["zero"]));
    v = m["nope"];
    show("undefined survives assignment", undefinedp(v));
    show("typeof missing key", typeof(m["nope"]));
    show("missing varargs", probe(1));
    show("explicit 0 arg", probe(1, 0));
    show("void function result", undefinedp(noret()));
    show("int function falling off end", ({ noret_int(), undefinedp(noret_int()) }));
    show("missing function via call_other", undefinedp(this_object()->nothing()));
    ob = load_object("/t/typeof_edge/victim");
    v = ob;
    destruct(ob);
    show("destructed object in mixed", ({ v, typeof(v), objectp(v) }));
    show("predicates on 0", ({ intp(0), stringp(0), pointerp(0), mapp(0), objectp(0), functionp(0), floatp(0) }));
    show("predicates on 1.0", ({ intp(1.0), floatp(1.0) }));
    show("nullp", ({ nullp(0), nullp(1), nullp(m["nope"]) }));
    show("arrayp", ({ arrayp(({ })), arrayp("s") }));
    show("bufferp", ({ bufferp(allocate_buffer(0)), bufferp("s") }));
    show("typeof of an assignment", typeof(gx = ({ })));
    show("sizeof of various", ({ sizeof(0), sizeof(5), sizeof("abc"), sizeof(({ 1, 2 })), sizeof(([ 1: 2 ])), sizeof(allocate_buffer(3)) }));
    show("strlen of 0", caught(catch(v = strlen(0))));
    show("undefinedp of expression", undefinedp(1 + 1));
    show("typeof after to_float", typeof(to_float(1)));
    done();
}
