// Errors: catch and throw values, runtime limits, missing files, and a
// destructed this_object() in mid-call. The driver must survive each.
#include <test.h>

int forever() { while (1) ; return 0; }
int recurse(int n) { return recurse(n + 1) + 1; }

void test_catch_values() {
    expect(catch(1), 0, "catch of no error is 0");
    mixed e = catch(error("boom"));
    expect(e, "*boom\n", "error() string");
    expect(catch(throw("thing")), "thing", "throw value is kept");
    expect(catch(throw(({ 1, 2 }))), ({ 1, 2 }), "thrown array");
    int reached = 0;
    e = catch {
        reached = 1;
        error("in block");
        reached = 2;
    };
    expect(reached, 1, "catch block stops at the error");
    expect_error(e, "in block", "catch block value");
    expect_error(catch(({ 1 })[5]), "", "index error caught");
    expect_error(catch(undefined_object_call()), "", "call through a missing object");
}

mixed undefined_object_call() { object o; return o->foo(); }

void test_limits() {
    expect_error(catch(forever()), "Too long evaluation", "runaway loop is stopped");
    expect_error(catch(recurse(0)), "Too deep recursion", "deep recursion is stopped");
    expect(1 + 1, 2, "still running after the limits");
}

void test_missing_file() {
    expect(load_object("/no/such/file"), 0, "load_object of a missing file is 0");
    expect_error(catch(call_other("/no/such/file", "x")), "", "call_other to a missing file");
    expect(find_object("/no/such/file"), 0, "nothing was loaded");
}

void test_destructed_mid_call() {
    object v = clone_object("/t_lang_errors/victim");
    int r = v->die_and_continue();
    expect(r, 7, "function finishes after destructing itself");
    expect(v, 0, "destructed object reads as 0");
    expect(objectp(v), 0, "objectp of a destructed object");
}

void test_nested_catch() {
    mixed outer = catch {
        mixed inner = catch(error("inner"));
        expect_error(inner, "inner", "inner catch");
        error("outer");
    };
    expect_error(outer, "outer", "outer catch");
}

void test_log_catches() {
    int before = master()->query_caught_count();
    catch(error("logged once"));
    expect(master()->query_caught_count(), before + 1, "a caught error reaches error_handler(err, 1)");
    mapping m = master()->query_last_caught();
    expect(m["error"], "*logged once\n", "the caught error's text");
    expect(m["file"], "/t_lang_errors.c", "the caught error's file");
    expect(sizeof(m["trace"]) > 0, 1, "the caught error's trace");
    catch(throw("not an error"));
    expect(master()->query_caught_count(), before + 1, "a throw is not logged");
}
