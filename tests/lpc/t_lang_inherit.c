// Inheritance: overriding, ::f(), label::f(), variables of several
// inherits, private/protected/nomask, inherit after a function.
#include <test.h>

void test_override() {
    object c = load_object("/t_lang_inherit/child");
    expect(c->who(), "child", "override");
    expect(c->call_who(), "child", "calls from the base are virtual");
    expect(c->base_who(), "base", "label::f()");
    expect(c->other_who(), "other", "second label::f()");
    expect(c->only_other(), "only other", "function of the second inherit");
    expect(c->vars(), 12, "variables of both inherits");
    expect(c->get_secret(), 42, "private variable used by its own program");
}

void test_modifiers() {
    object c = load_object("/t_lang_inherit/child");
    expect(c->prot(), 0, "protected function not callable by call_other");
    expect(c->use_prot(), "protected", "protected function callable inside");
    expect(c->fixed(), "fixed", "nomask function inherited");
    expect(c->greet(), "hello nobody", "varargs with no argument");
    expect(c->greet("x"), "hello x", "varargs with an argument");
    expect(c->bump() + c->bump(), 3, "nosave variable works");
}

void test_lists() {
    object c = load_object("/t_lang_inherit/child");
    expect(inherit_list(c), ({ "/t_lang_inherit/base.c", "/t_lang_inherit/other.c" }), "inherit_list");
    expect(inherits("/t_lang_inherit/base", c) != 0, 1, "inherits");
    expect(function_exists("only_other", c), "/t_lang_inherit/other", "function_exists names the program");
}

void test_inherit_after_function() {
    object e = load_object("/t_lang_inherit/early");
    expect(e->early() + " " + e->who(), "early other", "inherit after a function");
}

void test_inherit_by_macro() {
    object m = load_object("/t_lang_inherit/by_macro");
    expect(m->who(), "by macro local", "inherit MACRO; and #include \"x\" relative to the file");
    expect(m->call_who(), "by macro local", "virtual call through the macro-named base");
    expect(m->greet("y"), "hello y", "inherited function of the macro-named base");
}
