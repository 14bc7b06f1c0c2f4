// master.c — just enough master for the socket benchmark: everything is
// allowed, and the only preload is the benchmark itself.
string get_root_uid() { return "Root"; }
string get_bb_uid() { return "Backbone"; }
string creator_file(string file) { return "Root"; }
int valid_read(string file, mixed who, string fn) { return 1; }
int valid_write(string file, mixed who, string fn) { return 1; }
int valid_socket(object ob, string fn, mixed *info) { return 1; }
string *epilog(int load_empty) { return ({ "/echo" }); }
void preload(string file) { load_object(file); }
