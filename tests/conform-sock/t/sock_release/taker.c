// The other side of socket_release: what its release callback does is set
// by plan. It reports through out() in the test's output.
#include <conform.h>
#include "../sock.h"

string plan = "decline", name;
object helper;

void set_plan(string p) { plan = p; }
void set_name(string n) { name = n; }
void set_helper(object h) { helper = h; }

void take(int fd, object ob) {
    out("  " + name + " offered the socket, plan " + plan);
    check("    second argument is the taker", ob == this_object());
    show("    owner during the callback", socket_status(fd)[5]);
    switch (plan) {
    case "acquire":
        show("    acquire", socket_acquire(fd, "t_read", "t_write", "t_close"));
        show("    owner after acquire", socket_status(fd)[5]);
        show("    acquire again", socket_acquire(fd, "t_read", "t_write", "t_close"));
        break;
    case "decline":
        break;
    case "stranger":
        show("    a stranger acquires", helper->grab(fd));
        break;
    case "owner":
        show("    the owner acquires", helper->grab(fd));
        break;
    case "release again":
        show("    the owner releases it again", helper->release_again(fd));
        break;
    case "release by taker":
        show("    the taker releases it", socket_release(fd, helper, "take"));
        break;
    case "acquire and fail":
        show("    acquire", socket_acquire(fd, "t_read", "t_write", "t_close"));
        error("the taker fails after acquiring\n");
        break;
    case "acquire and write":
        show("    acquire", socket_acquire(fd, "t_read", "t_write", "t_close"));
        show("    write", socket_write(fd, "from the taker", helper->query_addr()));
        break;
    }
}

// A function pointer made here runs here.
function taker_fp() { return (: take :); }

int grab(int fd) { return socket_acquire(fd, "t_read", "t_write", "t_close"); }
int try_write(int fd, string addr) { return socket_write(fd, "x", addr); }
int try_close(int fd) { return socket_close(fd); }
int try_release(int fd, object to) { return socket_release(fd, to, "take"); }

void t_read(int fd, mixed msg, string from) {
    out("  " + name + " reads " + repr(msg));
    helper->next();
}
void t_write(int fd) { }
void t_close(int fd) { }

int try_release_fp(int fd, object to) { return socket_release(fd, to, to->taker_fp()); }
