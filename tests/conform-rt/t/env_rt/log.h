// Shared event log for env_rt helpers: appends "event" lines to a file.
#define LOG(x) write_file("/tmp/env_rt.log", (x) + "\n")
