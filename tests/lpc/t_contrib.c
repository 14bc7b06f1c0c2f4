// Contrib, develop and user-query efuns: functions(), variables(),
// store/fetch_variable, base_name, terminal_colour, privs, replaceable,
// replace_program, refs, debug_info and friends, users()/interactive().
#include <test.h>

#define CHILD "/t_contrib/child"

int counter;

void test_functions() {
    object c = load_object(CHILD);
    expect(functions(c), ({ "base_fn", "prot_fn", "shared", "own", "make_fp", "untyped" }),
           "names: inherited first, no duplicates, nothing hidden");
    expect(functions(c, 1), ({
        ({ "base_fn", 1, "int ", "int " }),
        ({ "prot_fn", 2, "int ", "string ", "object " }),
        ({ "shared", 0, "string " }),
        ({ "own", 2, "int ", "int ", "string " }),
        ({ "make_fp", 0, "function " }),
        ({ "untyped", 2, "unknown ", 0, 0 }),
    }), "details: name, arg count, return type, arg types");
    expect(functions(load_object("/t_contrib/thing")), ({ }), "no functions");
}

void test_variables() {
    object c = load_object(CHILD);
    expect(variables(c), ({ "base_var", "hidden_var", "names", "child_var", "floats" }),
           "names, inherited first, private included");
    expect(variables(c, 1), ({
        ({ "base_var", "int " }), ({ "hidden_var", "private int " }),
        ({ "names", "nosave string * " }), ({ "child_var", "mapping " }),
        ({ "floats", "float * " }),
    }), "names and declared types");
}

void test_store_fetch_variable() {
    store_variable("counter", 5);
    expect(counter, 5, "store_variable sets the global");
    counter = 7;
    expect(fetch_variable("counter"), 7, "fetch_variable reads it");
    expect_error(catch(fetch_variable("nope")), "No variable named 'nope'!", "unknown variable");
    expect_error(catch(store_variable("nope", 1)), "No variable named 'nope'!", "unknown variable (store)");
}

void test_function_owner() {
    object c = load_object(CHILD);
    expect(function_owner((: test_functions :)), this_object(), "local function pointer");
    expect(function_owner(c->make_fp()), c, "functional made by another object");
}

void test_base_name() {
    object t = new("/t_contrib/thing");
    expect(base_name(t), "/t_contrib/thing", "clone");
    expect(base_name(load_object("/t_contrib/thing")), "/t_contrib/thing", "blueprint");
    expect(base_name("/std/user#12"), "/std/user", "string with #");
    expect(base_name("std/user"), "std/user", "string without #, kept as is");
    expect(base_name(), "/t_contrib", "default this_object()");
    destruct(t);
}

void test_terminal_colour() {
    mapping m = ([ "RED" : "<r>", "RESET" : "<0>" ]);
    expect(terminal_colour("%^RED%^hi%^RESET%^", m), "<r>hi<0>", "codes replaced");
    expect(terminal_colour("a%^FOO%^b", ([ ])), "aFOOb", "unknown token kept, markers dropped");
    expect(terminal_colour("plain", ([ ])), "plain", "no markers");
    expect(terminal_colour("%^%^%^", ([ ])), "", "markers only");
    expect(terminal_colour("%^X%^", ([ "X" : 1 ])), "X", "non-string value is not a code");
    expect(terminal_colour("RED", m, 10), "<r>", "wrap: a whole-string key");
}

void test_terminal_colour_wrap() {
    string r;
    expect(terminal_colour("aaa bbb ccc", ([ "RESET" : "<0>" ]), 7), "aaa bbb<0>\nccc",
           "wrap at a space");
    expect(terminal_colour("abcdefgh", ([ "RESET" : "|" ]), 4), "abcd|\nefgh", "hard break");
    expect(terminal_colour("%^R%^aaa bbb%^N%^ ccc", ([ "R" : "<r>", "N" : "<n>", "RESET" : "<0>" ]), 5),
           "<r>aaa<0>\n<r>bbb<n><0>\n<r><n>ccc", "colours continue on the next line");
    expect(terminal_colour("aaa bbb ccc", ([ "RESET" : "|" ]), 7, 2), "aaa bbb|\n  ccc", "indent");
    expect(terminal_colour("ab\ncd", ([ "RESET" : "|" ]), 10, 2), "ab|\n  cd", "newline is a line end");
    expect(terminal_colour("aaa bbb", ([ "RESET" : "|" ]), -5), "aaa| \nbbb", "negative wrap pads");
    r = terminal_colour("abcdefgh", ([ ]), 4);
    expect(({ sizeof(r), r[4], r[5], r[6] }), ({ 11, 255, 249, '\n' }), "default reset is IAC GA");
}

void test_users() {
    expect(users(), ({ }), "nobody connected");
    expect(interactive(this_object()), 0, "interactive");
    expect(interactive(), 0, "interactive default");
    expect(userp(this_object()), 0, "userp");
    expect(query_once_interactive(this_object()), 0, "query_once_interactive");
    expect_error(catch(query_idle(this_object())), "query_idle() of non-interactive object",
                 "query_idle of a non-user");
    expect(query_ip_name(this_object()), 0, "query_ip_name");
    expect(query_ip_number(this_object()), 0, "query_ip_number");
    expect(query_ip_number(), 0, "query_ip_number of this_player() (none)");
    expect(query_ip_port(this_object()), 0, "query_ip_port");
    expect(({ in_edit(), in_input(), has_mxp() }), ({ 0, 0, 0 }), "in_edit, in_input, has_mxp");
    expect_true(stringp(query_host_name()) && strlen(query_host_name()) > 0, "query_host_name");
}

void test_privs() {
    object t = load_object("/t_contrib/thing");
    expect(query_privs(t), 0, "no privs");
    set_privs(t, "admin");
    expect(query_privs(t), "admin", "set_privs");
    set_privs(t, 0);
    expect(query_privs(t), 0, "set_privs(ob, 0) clears");
}

void test_replace() {
    object room = load_object("/t_contrib/room");
    expect(replaceable(load_object("/t_contrib/plain")), 1, "only create(): replaceable");
    expect(replaceable(load_object(CHILD)), 0, "own functions: not replaceable");
    expect(replaceable(load_object(CHILD), ({ "shared", "own", "make_fp", "untyped" })), 1,
           "own functions ignored");
    expect_error(room->try_replace("/t_contrib/thing"), "has to be inherited", "foreign program");
    expect(room->try_replace("/t_contrib/base"), 0, "inherited program accepted");
    expect(room->try_replace("t_contrib/base.c"), 0, "name without slash, with .c");
    expect(query_replaced_program(room), 0, "program kept (replace_program saves no memory here)");
}

void test_refs() {
    mixed *a = ({ 1 }), *b;
    expect(refs(a), 1, "one reference");
    b = a;
    expect(refs(a), 2, "two references");
    expect(refs(5), -1, "ints have none");
}

void test_program_info() {
    mapping info = program_info(load_object(CHILD));
    object t = new("/t_contrib/thing");
    expect(sort_array(keys(info), 1), ({ "class size", "code size", "function size", "header size",
        "inherit size", "saved type size", "string size", "total size", "var size" }), "keys");
    expect_true(info["total size"] > 0 && info["code size"] > 0, "sizes");
    expect(program_info(t)["total size"], 0, "a clone has no program of its own");
    destruct(t);
}

void test_debug_info() {
    object c = load_object(CHILD);
    expect_true(strsrch(debug_info(0, c), "O_CLONE           : FALSE\n") >= 0, "flags");
    expect_true(strsrch(debug_info(0, c), "name        : '/t_contrib/child'\n") >= 0, "name");
    expect_true(strsrch(debug_info(1, c), "Name /t_contrib/child.c\n") >= 0, "program");
    expect_true(strsrch(debug_info(2, c), "base_var: 0\n") >= 0, "variables");
    expect_error(catch(debug_info(3, c)), "Bad argument 1 to debug_info()", "unknown operation");
}

void test_debug_levels() {
    set_debug_level(0);
    set_debug_level("call_out");
    expect(debug_levels()["call_out"], 1, "set by name");
    expect(debug_levels()["LPC"], 0, "others clear");
    clear_debug_level("call_out");
    expect(debug_levels()["call_out"], 0, "cleared");
    set_debug_level(1024 | 4);
    expect(({ debug_levels()["d_flag"], debug_levels()["unknown"] }), ({ 4, 1024 }), "set by number");
    set_debug_level(0);
    expect(trace(0), -1, "trace without a user");
    expect(traceprefix(0), 0, "traceprefix without a user");
}

void test_statistics() {
    mapping ms = memory_summary();
    expect(malloc_status(), "Using system malloc.\n", "malloc_status");
    expect(check_memory(), "", "check_memory");
    expect_true(stringp(cache_stats()), "cache_stats");
    expect(strsrch(dump_file_descriptors(), "Fd  Device Number"), 0, "dump_file_descriptors");
    expect_true(mapp(ms["/t_contrib/child.c"]) && !undefinedp(ms["/t_contrib/child.c"]["base_var"]),
                "memory_summary");
    expect(function_profile(load_object(CHILD)),
           map(({ "shared", "own", "make_fp", "untyped" }),
               (: ([ "name" : $1, "calls" : 0, "self" : 0, "children" : 0 ]) :)),
           "function_profile: own functions, no counts");
    expect(destructed_objects(), ({ }), "destructed_objects");
    expect(({ domain_stats(), author_stats(), author_stats("x") }), ({ ([ ]), ([ ]), 0 }),
           "no mudlib statistics");
}

void test_dumpallobj() {
    load_object(CHILD);
    rm("/tmp/obj_dump");
    dumpallobj("/tmp/obj_dump");
    expect_true(strsrch(read_file("/tmp/obj_dump"), "\nt_contrib/child ") >= 0
                || strsrch(read_file("/tmp/obj_dump"), "t_contrib/child ") == 0, "object listed");
    expect_error(catch(dumpallobj("/forbidden/dump")), "Invalid path", "valid_write refuses");
}

void test_get_garbage() {
    object keep = new("/t_contrib/thing");
    object *g;
    new("/t_contrib/thing");
    g = filter(get_garbage(), (: base_name($1) == "/t_contrib/thing" :));
    expect(sizeof(g), 1, "the dropped clone");
    expect(member_array(keep, g), -1, "a referenced clone is not garbage");
    foreach (object ob in g) destruct(ob);
    destruct(keep);
}
