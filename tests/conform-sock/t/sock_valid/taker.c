void r(int fd, mixed msg) { }
void take(int fd, object ob) { socket_acquire(fd, "r", "r", "r"); }
