// typeof/sizeof of every type, time efuns with fixed times, previous_object
// and call_stack forms, uids, misc type predicates.
#include <conform.h>

class pt { int x; }

int f() { return 1; }

mixed *stack_info() {
    return ({ previous_object() == find_object("/t/misc2/caller"),
              sizeof(previous_object(-1)),
              previous_object(-1)[0] == find_object("/t/misc2/caller"),
              previous_object(1) == this_object(),
              sizeof(call_stack(0)) == sizeof(call_stack(1)),
              call_stack(2)[0], call_stack(3)[0] });
}

void create() {
    mixed *vals = ({ 1, 1.5, "s", ({ 1 }), ([ 1: 2 ]), this_object(), (: f :), new(class pt), 0, allocate_buffer(3) });
    show("typeof", map(vals, (: typeof :)));
    show("sizeof", map(vals, (: sizeof :)));
    show("predicates int", ({ intp(1), floatp(1.0), stringp("a"), pointerp(({ })), objectp(this_object()), functionp((: f :)) > 0, classp(new(class pt)), bufferp(allocate_buffer(1)) }));
    show("predicates 0", ({ intp(0), stringp(0), objectp(0), pointerp(0), mapp(0), functionp(0), undefinedp(0), nullp(0) }));
    show("undefinedp", ({ undefinedp(([ ])["x"]), undefinedp(0) }));
    show("ctime 0", ctime(0));
    show("ctime fixed", ctime(1000000000));
    show("ctime leap", ctime(951782400));
    show("localtime fixed", localtime(1000000000)[0..7]);
    show("localtime size", sizeof(localtime(0)));
    show("time type", intp(time()));
    show("strftime?", caught(catch(efun::ctime(-1))));
    show("call_stack/prev", find_object("/t/misc2/caller") ? 1 : load_object("/t/misc2/caller") ? 2 : 0);
    show("stack info", load_object("/t/misc2/caller")->via(this_object(), "stack_info"));
    show("previous_object none", previous_object());
    show("previous_object(-1) top", previous_object(-1));
    show("origin", origin());
    show("this_player", this_player());
    show("getuid", getuid(this_object()));
    show("geteuid", geteuid(this_object()));
    show("seteuid 0", seteuid(0));
    show("geteuid after 0", geteuid(this_object()));
    show("seteuid Root", seteuid("Root"));
    show("geteuid fn", geteuid((: f :)));
    show("export_uid", caught(catch(export_uid(this_object()))));
    show("to_int", ({ to_int("12"), to_int("-3x"), to_int(""), to_int(2.9), to_int(-2.9), to_int("abc") }));
    show("to_float", ({ to_float(3), to_float("2.5"), to_float("x") }));
    show("strings of ints", ({ "" + 5, "" + -5, 5 + "" }));
    show("float to string", ({ "" + 1.5, "" + 2.0, "" + 0.1, "" + -3.25 }));
    show("abs etc", ({ abs(-3), abs(2.5), sqrt(16.0), pow(2.0, 10.0), floor(2.7), ceil(2.1) }));
    show("random range", ({ random(1), random(0) }));
    show("member of class", ((class pt)new(class pt, x: 4))->x);
    show("sizeof class", sizeof(new(class pt)));
    show("buffer", ({ sizeof(allocate_buffer(5)), typeof(allocate_buffer(0)) }));
    show("object name", file_name(this_object()));
    show("userp interactive", ({ userp(this_object()), interactive(this_object()) }));
    show("query_idle", caught(catch(query_idle(this_object()))));
    show("memory_info type", intp(memory_info()));
    show("function_exists local", function_exists("f", this_object()));
    show("function_exists missing", function_exists("nosuch", this_object()));
    show("function_exists create", function_exists("create"));
    show("inherits", inherit_list(load_object("/t/misc2/caller")));
    show("find_living none", find_living("nobody"));
    show("evaluate", ({ evaluate((: $1 + $2 :), 1, 2), evaluate(5), evaluate((: f :)) }));
    show("bind", functionp(bind((: f :), this_object())) > 0);
    show("call_other string", call_other("/t/misc2/caller", "via", this_object(), "f"));
    show("call_other array", call_other(({ this_object(), this_object() }), "f"));
    show("catch throw", caught(catch(throw(({ 1, 2 })))));
    show("catch error", catch(error("xyz")));
    show("catch error nl", catch(error("xyz\n")));
    show("error non-string", caught(catch(error(5))));
    done();
}
