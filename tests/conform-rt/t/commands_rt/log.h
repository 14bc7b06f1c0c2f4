// Shared log for commands_rt helpers.
#define LOG(x) write_file("/tmp/cmd_rt.log", (x) + "\n")
