// save_object/restore_object in depth: variables inherited from two programs,
// private/nosave mixtures, classes, buffers, functions and objects in variables,
// a variable set back to 0, exact .o text for floats/negatives/escapes/nesting,
// restore into a program that gained/lost variables, restore_object(f, 1).
#include <conform.h>

#define P "/t/saveobj5/"

string *body(string f) {
    string s = read_file(f);
    if (!s) return ({ "<none>" });
    return explode(s, "\n");
}

void create() {
    object a = clone_object(P "child"), b = clone_object(P "child"), c;
    mixed err;
    mkdir("/data");
    a->set_b1(-7, "secret", 44);
    a->set_b2(({ 1, -2, "x" }), "pns", -1.5);
    a->set("c_i", -2147483647);
    a->set("c_s", "q\"b\\s\nn\tt\rr\x01 e");
    a->set("c_nest", ([ "k": ({ ([ ]), ({ }), ({ ({ 0 }) }), 2.25, ([ 7: ({ "a", ([ "z": -1 ]) }) ]) }) ]));
    a->set("c_neg", -0.125);
    show("save plain", a->save("/data/o1", 0));
    show("file plain", body("/data/o1.o"));
    a->set("c_cls", a->make_class());
    err = catch(a->save("/data/o2", 0));
    show("save with class", err ? "error" : "no error");
    show("file with class", body("/data/o2.o"));
    a->set("c_cls", 0);
    a->set("c_buf", allocate_buffer(3));
    err = catch(a->save("/data/o3", 0));
    show("save with buffer", err ? "error" : "no error");
    show("file with buffer", body("/data/o3.o"));
    a->set("c_buf", 0);
    a->set("c_fn", (: 1 :));
    err = catch(a->save("/data/o4", 0));
    show("save with function", err ? "error" : "no error");
    show("file with function", body("/data/o4.o"));
    a->set("c_fn", 0);
    a->set("c_ob", this_object());
    err = catch(a->save("/data/o5", 0));
    show("save with object", err ? "error" : "no error");
    show("file with object", body("/data/o5.o"));
    a->set("c_ob", ({ this_object(), 1 }));
    err = catch(a->save("/data/o5b", 0));
    show("save with object in array", err ? "error" : "no error");
    show("file with object in array", body("/data/o5b.o"));
    a->set("c_ob", 0);
    a->set("c_i", 0);
    a->set("c_s", 0);
    show("save after zeroing", a->save("/data/o6", 0));
    show("file after zeroing", body("/data/o6.o"));
    show("save after zeroing flag 1", a->save("/data/o7", 1));
    show("file after zeroing flag 1", body("/data/o7.o"));

    b->set_b1(5, "mine", 9);
    b->set_b2("old", "keep", 3.0);
    b->set("c_i", 77);
    show("restore o1", b->restore("/data/o1", 0));
    show("b1 after", b->get_b1());
    show("b2 after", b->get_b2());
    show("c_s after", b->get("c_s"));
    show("c_nest after", b->get("c_nest"));
    show("c_neg after", b->get("c_neg"));
    b->set("c_i", 77);
    b->set("c_s", "set");
    show("restore o6", b->restore("/data/o6", 0));
    show("c_i after o6", b->get("c_i"));
    show("c_s after o6", b->get("c_s"));
    b->set("c_i", 77);
    b->set("c_s", "set");
    b->set_b1(5, "mine", 9);
    show("restore o6 flag 1", b->restore("/data/o6", 1));
    show("c_i after o6 flag 1", b->get("c_i"));
    show("c_s after o6 flag 1", b->get("c_s"));
    show("b1 after o6 flag 1", b->get_b1());
    b->set("c_i", 77);
    show("restore o7 flag 1", b->restore("/data/o7", 1));
    show("c_i after o7 flag 1", b->get("c_i"));

    c = clone_object(P "v2");
    c->set_all(1, "n", 2, "d", 3);
    err = catch(c->restore("/data/o1", 0));
    show("v2 restore o1", err ? "error" : "no error");
    show("v2 after o1", c->all());
    c->set_all(1, "n", 2, "d", 3);
    err = catch(c->restore("/data/o1", 1));
    show("v2 restore o1 flag 1", err ? "error" : "no error");
    show("v2 after o1 flag 1", c->all());
    c->set_all(-1, "n\n", -2, ({ 1.5 }), 3);
    show("v2 save", c->save("/data/v2", 0));
    show("v2 file", body("/data/v2.o"));
    b->set("c_s", "set");
    err = catch(b->restore("/data/v2", 0));
    show("child restore v2", err ? "error" : "no error");
    show("child b1 after v2", b->get_b1());
    show("child c_i after v2", b->get("c_i"));
    show("child c_s after v2", b->get("c_s"));
    done();
}
