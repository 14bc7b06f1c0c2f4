// catch and throw: values thrown through several frames, rethrow,
// errors inside loops and function pointers, state after an error.
#include <conform.h>

int hits;
mixed thrower(mixed v) { hits++; throw(v); return "not reached"; }
mixed deep(int n, mixed v) { return n ? deep(n - 1, v) : thrower(v); }
int after_error(int x) { if (x) error("fail\n"); return 1; }

void create() {
    mixed e, *acc = ({ });
    int i;
    object ob;

    show("throw float", catch(throw(1.5)));
    show("throw through frames", catch(deep(4, ({ "deep" }))));
    show("throw object", catch(throw(this_object())) == this_object());
    show("throw function", functionp(catch(throw((: 1 :)))));
    show("throw empty string", catch(throw("")));
    show("throw undefined", undefinedp(catch(throw(([ ])["x"]))));
    for (i = 0; i < 4; i++) {
        e = catch {
            if (i % 2) throw(i);
            acc += ({ i });
        };
        if (e) acc += ({ "caught " + e });
    }
    show("catch in loop", acc);
    e = catch {
        e = catch(throw("inner"));
        throw("outer saw " + e);
    };
    show("rethrow", e);
    e = catch(evaluate((: error("from fp\n") :)));
    show("error in function pointer", e);
    e = catch(map(({ 1, 2, 3 }), (: $1 == 2 ? error("in map\n") : $1 :)));
    show("error inside map", e);
    e = catch(filter(({ 1 }), (: throw("thrown in filter") :)));
    show("throw inside filter", e);
    hits = 0;
    e = catch(map(({ 1, 2, 3 }), (: thrower :)));
    show("throw stops map", ({ e, hits }));
    e = catch(i = after_error(1));
    show("assignment not done on error", ({ caught(e), i }));
    i = 5;
    e = catch(i += after_error(1));
    show("compound assignment not done", i);
    ob = load_object("/t/catch_throw/remote");
    e = catch(ob->boom("remote throw"));
    show("throw from other object", e);
    e = catch(ob->err("remote error\n"));
    show("error from other object", e);
    show("object still usable", ob->ok());
    e = catch(error(""));
    show("error empty string", e);
    e = catch { i = 1; };
    show("catch block value", e);
    show("catch of expression with value", catch(5));
    show("nested catch depth", catch(catch(catch(throw("x")))));
    done();
}
