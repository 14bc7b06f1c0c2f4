// Objects: destruct inside create, destruct of a container (its inventory
// and move_or_destruct), clone of a clone's name, load_object/find_object
// path forms, children() after destructs and reloads, objects() with a
// filter.
#include <conform.h>

#define P "/t/objects4/"

string *take() {
    string s = read_file("/tmp/obj4.log");
    rm("/tmp/obj4.log");
    return s ? explode(s, "\n") : ({ });
}

void create() {
    object o, c1, c2, c3, box, inner, outer, a, b;
    mixed r;
    rm("/tmp/obj4.log");

    r = catch(o = clone_object(P "selfkill"));
    show("clone of self-destructing: error", caught(r));
    show("clone of self-destructing: result", o);
    r = catch(o = new(P "selfkill"));
    show("new of self-destructing", o);
    r = catch(o = load_object(P "selfkill2"));
    show("load of self-destructing: error", caught(r));
    show("load of self-destructing: result", o);
    show("find_object after", find_object(P "selfkill2"));

    c1 = clone_object(P "plain");
    show("clone of a clone name", caught(catch(clone_object(file_name(c1)))));
    show("load_object of a clone name", caught(catch(load_object(file_name(c1)))) == "no error");
    show("find_object of a clone name", find_object(file_name(c1)) == c1);
    show("load_object .c", load_object(P "plain.c"));
    show("load_object no slash", load_object("t/objects4/plain"));
    show("load_object //", caught(catch(load_object("//t//objects4/plain"))));
    show("load_object /./", caught(catch(load_object("/t/./objects4/plain"))));
    show("find_object .c", find_object(P "plain.c"));
    show("find_object no slash", find_object("t/objects4/plain"));
    show("find_object missing", find_object(P "nothere"));
    show("load_object missing", caught(catch(load_object(P "nothere"))));

    c2 = clone_object(P "plain");
    c3 = clone_object(P "plain");
    show("children count", sizeof(children(P "plain")));
    destruct(c2);
    show("children after destruct", sizeof(children(P "plain")));
    destruct(find_object(P "plain"));
    show("children after master destructed", map(children(P "plain"), (: conform_object :)));
    load_object(P "plain");
    show("children after reload", sizeof(children(P "plain")));
    show("clone of old program still works", c3->hello());
    show("objects() filter", sort_array(map(objects((: strsrch(file_name($1), "/t/objects4/plain") == 0 :)), (: conform_object :)), 1));
    show("objects() filter by string", sizeof(objects("is_plain_fn")) >= 0);

    outer = clone_object(P "box");
    outer->set_name("outer");
    box = clone_object(P "box");
    box->set_name("box");
    inner = clone_object(P "box");
    inner->set_name("inner");
    a = clone_object(P "box"); a->set_name("a");
    b = clone_object(P "box"); b->set_name("b");
    box->move(outer);
    inner->move(box);
    a->move(box);
    b->move(box);
    b->set_refuse(1);
    take();
    destruct(box);
    show("log of destruct box", take());
    show("outer inventory", map(all_inventory(outer), (: $1->query_name() :)));
    show("b survived", b != 0);
    show("environment of inner", inner && environment(inner) ? environment(inner)->query_name() : 0);
    c1 = clone_object(P "box");
    c1->set_name("loner");
    a = clone_object(P "box"); a->set_name("orphan");
    a->move(c1);
    destruct(c1);
    show("log of destruct env-less box", take());
    show("orphan", a ? (environment(a) ? "has env" : "no env") : "destructed");
    done();
}
int is_plain_fn(object o) { return 1; }
