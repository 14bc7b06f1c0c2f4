#define LOG(x) write_file("/tmp/c2.log", (x) + "\n")
