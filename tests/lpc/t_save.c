// save_variable/restore_variable round trips and save_object/restore_object.
#include <test.h>

#define HOLDER "/t_save/holder"

mixed round(mixed v) { return restore_variable(save_variable(v)); }

void test_save_variable_text() {
    expect(save_variable(42), "42", "int");
    expect(save_variable(-7), "-7", "negative int");
    expect(save_variable(1.5), "1.500000", "float");
    expect(save_variable("a\"b\\c\nd"), "\"a\\\"b\\\\c\rd\"", "string escapes, CR for newline");
    expect(save_variable(({ 1, "x", ({ }) })), "({1,\"x\",({}),})", "array");
    expect(save_variable(([ "k": ({ 2 }) ])), "([\"k\":({2,}),])", "mapping");
    expect(save_variable(({ 1, this_object(), (: 1 :), 2 })), "({1,,,2,})", "objects and functions");
    expect(save_variable(this_object()), "", "object alone");
}

void test_round_trips() {
    mixed big = ([ "alpha": 1, "beta": ({ 2, 3.25, "q\"uote" }), "gamma": ([ "x": "y\nz" ]),
                   4: 4.5, -1: ({ ({ ({ }) }) }), "empty": "" ]);
    expect(round(big), big, "nested mapping");
    expect(round(({ ({ 1, ({ 2, ({ 3 }) }) }), ([ ]) })), ({ ({ 1, ({ 2, ({ 3 }) }) }), ([ ]) }), "nested arrays");
    expect(round("line1\nline2\n"), "line1\nline2\n", "newlines");
    expect(round("tab\there \\ \"q\""), "tab\there \\ \"q\"", "quotes and backslashes");
    expect(round(-2.5), -2.5, "negative float");
    expect(round(0), 0, "zero");
    expect(round(({ 1, this_object(), 2 })), ({ 1, 0, 2 }), "object reads back as 0");
}

void test_restore_variable_text() {
    expect(restore_variable("123"), 123, "number");
    expect(restore_variable("-17"), -17, "negative");
    expect(restore_variable("2.5"), 2.5, "float");
    expect(restore_variable("1.5e+02"), 150.0, "exponent");
    expect(restore_variable("\"x\ry\""), "x\ny", "CR is newline");
    expect(restore_variable("({1,,\"a\",})"), ({ 1, 0, "a" }), "empty element");
    expect(restore_variable("([\"a\":,:2,])"), ([ "a": 0, 0: 2 ]), "empty key and value");
    expect(restore_variable("0"), 0, "0");
    expect(restore_variable(""), 0, "empty text");
    expect_error(catch(restore_variable("({1,2")), "array", "unterminated array");
    expect_error(catch(restore_variable("\"abc")), "string", "unterminated string");
    expect(restore_variable("([1:2])"), 0, "mapping of the wrong shape: 0, as in 2.7");
    expect_error(catch(restore_variable("([1:2:3,])")), "mapping", "bad mapping");
    expect(restore_variable("({1x2,})"), ({ 1 }), "2.7's two passes: a number eats what ends it");
    expect(save_variable(restore_variable("(/1,2,})")), "(/1,2,/)", "either closer ends a class");
    expect(restore_variable("(/1,x/)"), 0, "bad class: 0, no error");
}

void test_too_deep() {
    mixed v = 1;
    for (int i = 0; i < 100; i++) v = ({ v });
    expect(restore_variable(save_variable(v)), v, "100 levels save and restore");
    v = ({ v });
    expect_error(catch(save_variable(v)), "too deep", "nesting limit: 101 levels");
}

void test_save_object() {
    object a = clone_object(HOLDER), b = clone_object(HOLDER);
    a->fill();
    rm("/data/t_save.o");
    int size = a->save_to("/data/t_save", 0);
    string *lines = explode(read_file("/data/t_save.o"), "\n");
    /* 2.7's count: a line's length + 1 per variable line, + 1 per program */
    expect(size, file_size("/data/t_save.o") - strlen(lines[0]) - 1 + sizeof(lines) - 1 + 2,
           "save_object's result");
    expect(lines[0], "#/t_save/holder.c", "header line");
    expect(member_array("level 12", lines) >= 0, 1, "int line");
    expect(member_array("link ", lines) >= 0, 1, "object saved as nothing");
    expect(member_array("race \"elf\"", lines) >= 0, 1, "inherited variable");
    expect(sizeof(regexp(lines, "^temporary")), 0, "nosave not saved");
    expect(file_size("/data/t_save.o.tmp"), -1, "no temporary file left");
    b->set_temporary(5);
    expect(b->restore_from("/data/t_save", 0), 1, "restore_object");
    mixed *all = b->query_all();
    mixed *want = a->query_all();
    expect(all[0..4], want[0..4], "values restored");
    expect(all[5], 5, "nosave kept");
    expect(all[6], 0, "object restored as 0");
    expect(all[7], "elf", "inherited restored");
    expect(a->save_to("/data/t_save.o", 0), size, "name with .o");
    expect(file_size("/data/t_save.o.o"), -1, "no doubled extension");
    expect(a->save_to("/data/t_save.c", 0), size, "name with .c");
    expect(file_size("/data/t_save.c"), -1, ".c replaced by .o");
}

void test_restore_clears() {
    object a = clone_object(HOLDER);
    a->fill();
    write_file("/data/t_save_small.o", "#/t_save/holder.c\nlevel 3\nunknown_var ({1,})\n", 1);
    expect(a->restore_from("/data/t_save_small", 1), 1, "restore with flag 1");
    expect(a->query_all()[0..1], ({ 3, "Quote \"Q\" Back\\slash\nNewline\ttab" }), "flag 1 keeps others");
    expect(a->query_lost(), ({ "unknown_var", ({ 1 }) }), "restore_lost_variable");
    expect(a->restore_from("/data/t_save_small", 0), 1, "restore without flag");
    expect(a->query_all()[0..1], ({ 3, 0 }), "flag 0 clears others");
    expect(a->query_all()[7], 0, "inherited cleared");
    expect(a->restore_from("/data/no_such_save", 0), 0, "missing file");
    expect(a->query_all()[0], 3, "missing file changes nothing");
    write_file("/data/t_save_bad.o", "level ({1,2\n", 1);
    expect_error(catch(a->restore_from("/data/t_save_bad", 0)), "array", "bad line");
}

void test_save_refused() {
    object a = clone_object(HOLDER);
    expect_error(catch(a->save_to("/forbidden/x", 0)), "Denied write", "valid_write refuses");
    expect_error(catch(a->restore_from("/forbidden/x", 0)), "Denied read", "valid_read refuses");
    expect_error(catch(a->save_to("/../../x", 0)), "Denied", "outside the root");
}
