// master.c — master object of the LPC test mudlib.
// Everything inside the test folder may be read and written except the
// folder /forbidden (so valid_read/valid_write refusals can be tested);
// compile messages are collected for the fail/ cases; errors outside a
// catch are counted as failures by the runner, except those whose message
// contains "EXPECTED-UNCAUGHT": tests provoke those on purpose and read what
// the handler saw with take_expected_uncaught().

string *compile_messages = ({ });
string *uncaught = ({ });
mixed *expected_uncaught = ({ });

string get_root_uid() { return "Root"; }
string get_bb_uid() { return "Backbone"; }
string creator_file(string file) { return "Backbone"; }
string author_file(string file) { return "Tester"; }
string domain_file(string file) { return "Tester"; }

int valid_read(string file, mixed who, string fn) {
    return strsrch(file, "/forbidden") != 0;
}
int valid_write(string file, mixed who, string fn) {
    return strsrch(file, "/forbidden") != 0;
}
int valid_override(string file, string name) { return 1; }
int valid_seteuid(object ob, string euid) { return euid != "Nobody"; }
int valid_shadow(object target) { return strsrch(file_name(target), "noshadow") < 0; }
int valid_bind(object binder, object old_owner, object new_owner) { return 1; }
int valid_hide(object who) { return 1; }
int valid_object(object ob) { return strsrch(file_name(ob), "/invalid") != 0; }
int valid_link(string from, string to) { return 0; }
int valid_save_binary(string file) { return 0; }
// Sockets: refused to objects with "denied" in their name; the last
// question asked is kept for t_sockets.
mixed *last_socket_check;
int valid_socket(object eff, string fn, mixed *info) {
    last_socket_check = ({ eff, fn, info });
    return strsrch(file_name(eff), "denied") < 0;
}
mixed *query_last_socket_check() { return last_socket_check; }

object connect(int port) { return 0; }

void log_error(string file, string message) {
    compile_messages += ({ message });
}

// Messages logged since the last call; the runner clears them per case.
string *take_compile_messages() {
    string *m = compile_messages;
    compile_messages = ({ });
    return m;
}

int caught_count;
mapping last_caught;
object last_caught_player;      // this_player() when error_handler(err, 1) ran

// Caught errors arrive too (dialect log catches, as LOG_CATCHES in 2.7).
void error_handler(mapping err, int caught) {
    if (caught) {
        caught_count++;
        last_caught = err;
        last_caught_player = this_player();
        return;
    }
    string msg = stringp(err["error"]) ? err["error"] : "?";
    if (strsrch(msg, "EXPECTED-UNCAUGHT") >= 0)
        expected_uncaught += ({ ({ msg, this_player(), previous_object() }) });
    else
        uncaught += ({ msg });
}

// ({ message, this_player(), previous_object() }) per expected uncaught
// error whose message contains `match`; those are taken, others stay.
mixed *take_expected_uncaught(string match) {
    mixed *u = filter(expected_uncaught, (: strsrch($1[0], $(match)) >= 0 :));
    expected_uncaught -= u;
    return u;
}

int query_caught_count() { return caught_count; }
mapping query_last_caught() { return last_caught; }
object query_last_caught_player() { return last_caught_player; }

string *take_uncaught() {
    string *u = uncaught;
    uncaught = ({ });
    return u;
}

// A broken preload comes first: boot must go on past it.
string *epilog(int load_empty) {
    return ({ "/boot/broken_preload", 0, "", "/runner" });
}

void preload(string file) {
    mixed err = catch(load_object(file));
    if (err && file != "/boot/broken_preload")
        write("PRELOAD ERROR " + file + ": " + err);
}

mixed compile_object(string file) {
    if (strsrch(file, "virtual/") == 0 || strsrch(file, "/virtual/") == 0)
        return load_object("/t_objects/virtual_server")->compile_object(file);
    return 0;
}

void crash(string why, object giver, object current) {
    write("CRASH: " + why + "\n");
}
