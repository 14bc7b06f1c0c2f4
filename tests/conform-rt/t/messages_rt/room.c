// A room that listens too.
void catch_tell(string msg) { write_file("/tmp/msg_rt.log", "room tell: " + replace_string(msg, "\n", "\\n") + "\n"); }
