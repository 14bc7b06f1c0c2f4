// The test's master refuses every socket operation of this object.
void r(int fd, mixed msg) { }
int try_create() { return socket_create(1, "r"); }
int try_close(int fd) { return socket_close(fd); }
