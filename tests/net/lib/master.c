// master.c — master object of the network test mudlib (tests/net): every
// file and socket operation is allowed, errors outside a catch are counted
// (the control daemon reports them, the runner wants none), and epilog()
// preloads the daemons, the control daemon last: it writes /ports.

int uncaught;

string get_root_uid() { return "Root"; }
string get_bb_uid() { return "Backbone"; }
string creator_file(string file) { return "Backbone"; }

int valid_read(string file, mixed who, string fn) { return 1; }
int valid_write(string file, mixed who, string fn) { return 1; }
int valid_socket(object eff, string fn, mixed *info) { return 1; }

void error_handler(mapping err, int caught) {
    if (!caught) uncaught++;
}
int query_uncaught() { return uncaught; }

string *epilog(int load_empty) {
    return ({ "/mud_echo", "/stream_echo", "/firehose", "/dgram_echo", "/control" });
}

void preload(string file) {
    mixed err = catch(load_object(file));
    if (err) write("PRELOAD ERROR " + file + ": " + err);
}
