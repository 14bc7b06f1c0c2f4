// denied.c — the test master refuses every socket operation to objects
// whose name contains "denied".
int try_create() { return socket_create(1, "r", "c"); }
