// runner.c — runs the LPC test suite (see README.md): every test_*
// function of every /t_*.c file, then the compile-failure cases in /fail,
// then the deferred checks; prints failures and `N passed, N failed`.

#define SE "/simul_efun"

int started;

private void run_file(string file) {
    object ob;
    mixed err = catch(ob = load_object(file));
    if (err || !ob) {
        SE->record_failure(file + ": does not load: " + (stringp(err) ? err : "?"));
        return;
    }
    foreach (mixed *info in functions(ob, 1)) {
        string name = info[0];
        if (strsrch(name, "test_") != 0) continue;
        err = catch(call_other(ob, name));
        if (err)
            SE->record_failure(sprintf("%s: %s: uncaught error %O", file, name, err));
    }
}

private void run_fail_case(string file) {
    string first = read_file(file, 1, 1);
    string want, *msgs;
    mixed err;
    if (!first || sscanf(first, "// expect: %s\n", want) != 1) {
        SE->record_failure(file + ": first line must be `// expect: TEXT`");
        return;
    }
    master()->take_compile_messages();
    err = catch(load_object(file));
    msgs = master()->take_compile_messages();
    if (!err) {
        SE->record_failure(file + ": compiled, but should fail with: " + want);
        return;
    }
    if (strsrch(implode(msgs, "\n") + (stringp(err) ? err : ""), want) < 0)
        SE->record_failure(sprintf("%s: error should contain %O, got %O", file, want,
                                   implode(msgs, "")));
    else
        SE->record_pass();
}

private void finish() {
    mixed *r = SE->test_results();
    foreach (string u in master()->take_uncaught())
        SE->record_failure("uncaught error: " + u);
    r = SE->test_results();
    foreach (string f in r[2]) write(f + "\n");
    write(sprintf("%d passed, %d failed\n", r[0], r[1]));
    shutdown(r[1] ? 1 : 0);
}

// Deferred checks (call_out / heart_beat tests) run once they are due.
void poll_deferred(mixed *pending) {
    mixed *later = ({ });
    pending += SE->take_deferred();
    foreach (mixed *d in pending) {
        if (d[1] > time()) { later += ({ d }); continue; }
        mixed err = catch(evaluate(d[0]));
        if (err)
            SE->record_failure(sprintf("%s:%d: deferred check: uncaught error %O", d[2], d[3], err));
    }
    if (sizeof(later)) call_out("poll_deferred", 1, later);
    else finish();
}

// One test file or fail case per call_out, so each gets its own eval budget.
void run_next(string *queue) {
    if (!sizeof(queue)) {
        call_out("poll_deferred", 0, ({ }));
        return;
    }
    call_out("run_next", 0, queue[1..]);
    if (strsrch(queue[0], "/fail/") == 0) run_fail_case(queue[0]);
    else run_file(queue[0]);
}

void create() {
    string *tests = sort_array(get_dir("/t_*.c"), 1);
    string *fails = sort_array(get_dir("/fail/*.c"), 1);
    string msgs = implode(master()->take_compile_messages(), "");
    if (strsrch(msgs, "broken_preload") < 0)
        SE->record_failure("the broken preload's compile error was not logged: " + msgs);
    else
        SE->record_pass();
    call_out("run_next", 0, map(tests, (: "/" + $1[0..<3] :)) + map(fails, (: "/fail/" + $1 :)));
}
