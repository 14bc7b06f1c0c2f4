// Hostile inputs: each must end in a clean LPC error or a sane value,
// never a crash (the suite also runs under ASan and valgrind).
#include <test.h>

mixed deep_array(int n) {
    mixed a = ({ });
    for (int i = 0; i < n; i++) a = ({ a });
    return a;
}

mixed deep_mapping(int n) {
    mixed m = ([ ]);
    for (int i = 0; i < n; i++) m = ([ 1: m ]);
    return m;
}

void test_self_containing_values() {
    mixed arr = ({ 1, 2 }), m = ([ ]);
    arr[0] = arr;
    m["self"] = m;
    expect_true(strsrch(sprintf("%O", arr), "sizeof() == 2") >= 0, "%O of arr[0] = arr");
    expect_true(strsrch(sprintf("%O", m), "\"self\"") >= 0, "%O of m[\"self\"] = m");
    expect_error(catch(save_variable(arr)), "nested too deep", "save_variable of a cycle");
    expect_error(catch(copy(arr)), "nested too deep", "copy of a cycle");
    arr[0] = 0;                          /* break the cycles: no leak */
    m["self"] = 0;
}

void test_deeply_nested_values() {
    mixed a = deep_array(50000), m = deep_mapping(50000);
    expect(sizeof(a), 1, "deep array built");
    expect_true(sizeof(sprintf("%O", a)) > 0, "%O of a deep array");
    expect_error(catch(save_variable(m)), "nested too deep", "save_variable of a deep mapping");
    a = 0;                               /* freed without recursion */
    m = 0;
    expect(a, 0, "deep values freed");
}

void test_restore_variable_garbage() {
    foreach (string g in ({ "(", "({", "({1,", "\"abc", "\"\\", "-", "({(({", "1e999" }))
        expect_error(catch(restore_variable(g)), "Illegal", "restore_variable " + g);
    /* 2.7: a mapping whose shape is wrong, and any bad class, are no error */
    foreach (string g in ({ "([", "([1:", "(/", "([\"a\":({1,([" }))
        expect(restore_variable(g), 0, "restore_variable " + g + " is 0");
    expect_error(catch(restore_variable(repeat_string("({", 50000))), "Illegal",
                 "restore_variable of 50000 open arrays");
    expect(restore_variable("\"ok\""), "ok", "a sane string still restores");
}

void test_allocate_limits() {
    expect_error(catch(allocate(1000000000)), "Illegal array size", "allocate past the limit");
    expect_error(catch(allocate(-1)), "Illegal array size", "allocate(-1)");
    expect_error(catch(allocate(0x7fffffffffffffff)), "Illegal array size", "allocate(max int)");
    expect_error(catch(({ 1 }) * 100000000), "", "array times a huge number");
    expect_error(catch("ab" * 0x7fffffffffffffff), "", "string times a huge number");
}

void test_broken_regexps() {
    foreach (string p in ({ "(", ")", "[", "[a-", "*", "a**", "\\", "(a|", "[]" }))
        expect_error(catch(regexp(({ "abc" }), p)), "", "regexp " + p);
    expect(regexp(({ "abc", "x" }), "b"), ({ "abc" }), "a good pattern still works");
}

void test_sort_array_callbacks() {
    expect_error(catch(sort_array(({ 3, 1, 2 }), (: error("cmp") :))), "cmp", "erroring callback");
    expect(sizeof(sort_array(({ 3, 1, 2 }), (: "x" :))), 3, "callback returning a string");
    expect(sizeof(sort_array(({ 5, 1, 4, 2, 3 }), (: random(3) - 1 :))), 5, "inconsistent callback");
}

void test_explode_implode_odd() {
    expect(explode("", ""), ({ }), "explode empty by empty");
    expect(explode("abc", ""), ({ "a", "b", "c" }), "explode by empty");
    expect(explode("aaa", "a"), ({ }), "explode all delimiters");
    expect(implode(({ }), "x"), "", "implode empty");
    expect(implode(({ 1, "a", 0, "b" }), ","), "a,b", "implode skips non-strings");
    expect(implode(({ "a", "b" }), (: $1 + $2 :)), "ab", "implode with a function");
}

void test_files_outside_root() {
    expect_error(catch(save_object("/../../tmp/robust_evil")), "", "save_object above the root");
    expect_error(catch(restore_object("/../../etc/passwd")), "", "restore_object above the root");
    expect(read_file("/"), 0, "read_file of the root directory");
    expect(read_file("/tmp"), 0, "read_file of a directory");
    expect(read_bytes("/tmp"), 0, "read_bytes of a directory");
    expect(file_size("/tmp"), -2, "file_size of a directory");
    expect_error(catch(write_file("/tmp", "x")), "", "write_file onto a directory");
    expect(read_file("/t_robust.c", 0x7fffffff, 0x7fffffff), 0, "read_file past the end");
}

void test_sscanf_pathological() {
    mixed a, b, c;
    expect_error(catch(sscanf("12 ab", "%", a)), "", "format ending in %");
    expect_error(catch(sscanf("12 ab", "%s%s", a, b)), "adjacent", "two adjacent %s");
    expect_error(catch(sscanf("12 ab", "%[", a)), "", "unterminated %[");
    expect_error(catch(sscanf("12 ab", "%99999999999999999999d", a)), "", "huge field width");
    expect(sscanf("12 ab 34", "%d%%%s", a, b), 1, "literal %% that does not match");
    expect(sscanf("12 ab 34", "%s %s", a, b), 2, "%s %s");
    expect(({ a, b }), ({ "12", "ab 34" }), "%s %s values");
}

void test_sprintf_pathological() {
    expect_error(catch(sprintf("%")), "", "lone %");
    expect_error(catch(sprintf("%*s", "abc")), "", "* without a number");
    expect_error(catch(sprintf("%999999999s", "abc")), "", "field past the buffer");
    expect_error(catch(sprintf("%O%O", 1)), "", "too few arguments");
    expect_error(catch(sprintf("%'", 1)), "", "unterminated pad");
}

void test_deep_source() {
    rm("/tmp/robust_deep.c");
    write_file("/tmp/robust_deep.c", "int f() { return " + repeat_string("(", 100000) + "1"
               + repeat_string(")", 100000) + "; }\n");
    expect_error(catch(load_object("/tmp/robust_deep")), "Error in loading", "100000 nested parens");
    rm("/tmp/robust_deep.c");
    write_file("/tmp/robust_deep.c", "int f(int x) { return x" + repeat_string("+x", 100000) + "; }\n");
    expect_error(catch(load_object("/tmp/robust_deep")), "Error in loading", "100000-term sum");
    rm("/tmp/robust_deep.c");
    write_file("/tmp/robust_deep.c", "#include \"robust_deep.c\"\nint f() { return 1; }\n");
    expect_error(catch(load_object("/tmp/robust_deep")), "Error in loading", "file including itself");
    rm("/tmp/robust_deep.c");
}
