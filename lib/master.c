// master.c — master object of Hearth's bundled mudlib: uids, file access
// inside the lib, and the boot applies. (Logins arrive with the network
// layer; until then the mud boots, loads its world and waits.)

string get_root_uid() { return "Root"; }
string get_bb_uid() { return "Backbone"; }
string creator_file(string file) { return "Root"; }

int valid_read(string file, mixed who, string fn) { return 1; }
int valid_write(string file, mixed who, string fn) {
    return strsrch(file, "/data/") == 0 || strsrch(file, "/log/") == 0;
}
int valid_override(string file, string name) { return 1; }
int valid_seteuid(object ob, string euid) { return 1; }
int valid_shadow(object target) { return 0; }
int valid_hide(object who) { return 0; }
int valid_object(object ob) { return 1; }
int valid_socket(object eff, string fn, mixed *info) { return 0; }

void log_error(string file, string message) {
    write_file("/log/compile", message);
}

void error_handler(mapping err, int caught) {
    if (!caught)
        write_file("/log/runtime", ctime(time()) + " " + err["error"]);
}

string *epilog(int load_empty) { return ({ "/rooms/start" }); }

void preload(string file) {
    mixed err = catch(load_object(file));
    write((err ? "Failed to load " : "Loaded ") + file + "\n");
}

object connect(int port) { return 0; }
