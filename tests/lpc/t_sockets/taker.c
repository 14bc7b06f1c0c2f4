// taker.c — the other side of socket_release: its release callback does
// what `plan` says (acquire or not, write, fail, self-destruct), so the
// transfer's all-or-nothing rule can be checked. Callback errors carry
// EXPECTED-UNCAUGHT so the runner does not count them.

string plan = "decline";
mixed *log = ({ });
object helper;

void set_plan(string p) { plan = p; }
void set_helper(object h) { helper = h; }

void take_socket(int fd, object me) {
    log += ({ ({ "offered", fd, me == this_object() }) });
    switch (plan) {
    case "decline":
        return;
    case "acquire":
        log += ({ ({ "acquire", socket_acquire(fd, "on_read", "on_write", "on_close") }) });
        return;
    case "acquire-write":
        log += ({ ({ "acquire", socket_acquire(fd, "on_read", "on_write", "on_close") }) });
        log += ({ ({ "write", socket_write(fd, "hello from taker") }) });
        return;
    case "acquire-error":
        socket_acquire(fd, "on_read", "on_write", "on_close");
        error("EXPECTED-UNCAUGHT taker fails after acquiring\n");
    case "acquire-write-error":
        socket_acquire(fd, "on_read", "on_write", "on_close");
        log += ({ ({ "write", socket_write(fd, "ghost") }) });
        log += ({ ({ "close", socket_close(fd) }) });
        error("EXPECTED-UNCAUGHT taker fails after writing\n");
    case "acquire-destruct":
        socket_acquire(fd, "on_read", "on_write", "on_close");
        destruct(this_object());
        return;
    case "twice":
        log += ({ ({ "acquire", socket_acquire(fd, "on_read", "on_write", "on_close") }) });
        log += ({ ({ "again", socket_acquire(fd, "on_read", "on_write", "on_close") }) });
        return;
    case "stranger":
        log += ({ ({ "stranger", helper->grab(fd) }) });
        return;
    case "nested":
        log += ({ ({ "nested", helper->release_to(this_object(), "take_socket") }) });
        return;
    }
}

int give(int fd, object ob) { return socket_release(fd, ob, "take_socket"); }

// Used as the stranger: not the object the socket was offered to.
int grab(int fd) { return socket_acquire(fd, "on_read", "on_write", "on_close"); }

void on_read(int fd, mixed msg) { log += ({ ({ "read", msg }) }); }
void on_write(int fd) { log += ({ ({ "ready" }) }); }
void on_close(int fd) { log += ({ ({ "closed" }) }); }
mixed *take() { mixed *l = log; log = ({ }); return l; }
