#include <conform.h>

string bstr(buffer b) {
    int i;
    string r = "";
    for (i = 0; i < sizeof(b); i++) r += (i ? "," : "") + b[i];
    return "[" + r + "]";
}

mixed id(mixed v) { return v; }

void create() {
    buffer b, c, d;
    mixed e, x;
    int i;

    b = allocate_buffer(5);
    show("alloc zero", bstr(b));
    for (i = 0; i < 5; i++) b[i] = i * 60;
    show("set", bstr(b));
    b[0] = 300;
    show("set wrap", b[0]);
    b[1] = -1;
    show("set neg", b[1]);
    show("index <1", b[<1]);
    e = catch(x = b[-1]);
    show("index neg", caught(e));
    show("range", bstr(b[1..3]));
    show("range <", bstr(b[<2..]));
    show("range inverted", sizeof(b[3..1]));
    show("range past", sizeof(b[3..100]));
    c = allocate_buffer(2);
    c[0] = 7; c[1] = 8;
    e = catch(d = b + c);
    show("buffer + buffer", caught(e));
    if (!e) show("buffer + buffer val", bstr(d));
    show("bufferp", ({ bufferp(b), bufferp(0), bufferp("x") }));
    show("typeof", typeof(b));
    show("sizeof", ({ sizeof(b), sizeof(allocate_buffer(0)) }));
    d = b;
    d[2] = 99;
    show("shared ref", b[2]);
    show("equal self", b == d);
    show("equal other", b == copy(b));
    show("copy", bstr(copy(b)));
    b = allocate_buffer(3);
    b[0] = 'a'; b[1] = 'b'; b[2] = 'c';
    show("read_buffer all", read_buffer(b));
    show("read_buffer part", read_buffer(b, 1, 1));
    show("read_buffer tail", read_buffer(b, 1));
    e = catch(x = id(b) + "x");
    show("buffer + string", caught(e));
    e = catch(x = id(b) + 1);
    show("buffer + int", caught(e));
    x = ({ b, 1 });
    show("in array", typeof(x[0]));
    show("in mapping", typeof(([ "b": b ])["b"]));
    b = allocate_buffer(4);
    i = write_buffer(b, 0, "hi");
    show("write_buffer str", ({ i, bstr(b) }));
    show("ranges of empty", sizeof(allocate_buffer(0)[0..]));
    done();
}
