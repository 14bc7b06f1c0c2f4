#include <conform.h>
int down(int n) { return down(n + 1) + 1; }
void later() {
    out("before recursion");
    down(0);
}
void finish() {
    out("finish");
    show("caught", caught(catch(down(0))));
    done();
}
void create() { call_out("later", 0); call_out("finish", 0); }
