void receive_message(mixed c, string s) { write_file("/tmp/msgs2.log", "room recv " + replace_string(s, "\n", "\\n") + "\n"); }
void catch_tell(string s) { write_file("/tmp/msgs2.log", "room tell " + replace_string(s, "\n", "\\n") + "\n"); }
