// save_object's result and `nosave inherit`; restore_object of hand-written
// lines. save_object returns a count, not 1: one per program in the inherit
// tree (a nosave inherit counts one with everything under it) plus, for
// each variable line written, its length with the newline plus one.
// A nosave inherit's variables are not saved and not cleared by
// restore_object, but a line naming one still restores it.
#include <conform.h>

#define P "/t/saveobj7/"

string *body(string f) {
    string s = read_file(f);
    return s ? explode(s, "\n") : ({ "<none>" });
}

mixed attempt(object o, string file, string text, int flag) {
    mixed e, r;
    rm(file + ".o");
    write_file(file + ".o", text);
    e = catch(r = o->restore_from(file, flag));
    return e ? ({ caught(e), o->query_all() }) : ({ r, o->query_all() });
}

void create() {
    object h = new(P "holder"), h2 = new(P "holder"), s = new(P "single");

    show("single, nothing set", s->save_to("/data/s7a", 0));
    show("single file", body("/data/s7a.o"));
    show("single, flag 1", s->save_to("/data/s7a", 1));
    show("single file, flag 1", body("/data/s7a.o"));
    s->set(-5, "q\"b\\s\nn", ({ 1.5, ([ "k": ({ }) ]) }));
    show("single, all set", s->save_to("/data/s7b", 0));
    show("single file, all set", body("/data/s7b.o"));

    show("holder, defaults", h->save_plain("/data/h7a"));
    show("holder file, defaults", body("/data/h7a.o"));
    h->set_all();
    show("holder, all set", h->save_to("/data/h7b", 0));
    show("holder file, all set", body("/data/h7b.o"));
    show("holder, flag 1", h->save_to("/data/h7c", 1));
    show("holder file, flag 1", body("/data/h7c.o"));
    show("restore into a fresh holder", h2->restore_from("/data/h7b", 0));
    show("fresh holder now", h2->query_all());
    h2->set_all();
    show("restore again over changed values", h2->restore_from("/data/h7a", 0));
    show("nosave inherit untouched", h2->query_all());
    write_file("/data/h7d.o", "x_count 5\nx_note \"n\"\nd_val 6\nb_temp 8\n");
    show("lines naming nosave-inherit variables", h2->restore_from("/data/h7d", 0));
    show("restored through the nosave inherit", h2->query_all());
    show("own nosave variable goes to restore_lost_variable", h2->query_lost());

    s = new(P "single");
    show("trailing text after a number", attempt(s, "/data/s7c", "a 5 junk\ns \"x\"\n", 0));
    show("trailing text after a string", attempt(s, "/data/s7c", "a 1\ns \"x\" \n", 0));
    show("empty value", attempt(s, "/data/s7c", "a \ns \"\"\n", 0));
    show("two spaces", attempt(s, "/data/s7c", "a  3\n", 0));
    show("tab instead of space", attempt(s, "/data/s7c", "a\t3\n", 0));
    show("comment lines", attempt(s, "/data/s7c", "#x\n#/y.c\na 4\n", 0));
    show("CRLF lines", attempt(s, "/data/s7c", "a 1\r\ns \"y\"\r\n", 0));
    show("blank line stops it", attempt(s, "/data/s7c", "a 1\n\ns \"y\"\n", 0));
    show("bad class is an error here", attempt(s, "/data/s7c", "m (/1,x/)\n", 0));
    show("mapping of the wrong shape is 0", attempt(s, "/data/s7c", "a 2\nm ([1:\n", 0));
    show("number swallows a character", attempt(s, "/data/s7c", "m ({1x2,})\n", 0));
    show("unterminated string in the array", attempt(s, "/data/s7c", "m ({\"ab,})\n", 0));
    s->set(1, "keep", 2);
    show("noclear keeps the rest", attempt(s, "/data/s7c", "a 2\n", 1));
    show("99-character name", attempt(s, "/data/s7c", sprintf("%'v'99s 5\n", ""), 0));
    show("100-character name", attempt(s, "/data/s7c", sprintf("%'v'100s 5\n", ""), 0));
    show("lost variables", s->query_lost()[0..0]);
    show("lost values", s->query_lost()[1..1]);
    done();
}
