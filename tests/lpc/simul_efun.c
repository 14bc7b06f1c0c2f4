// simul_efun.c — the assertion helpers of the LPC test suite (test.h).
// Results are kept here; the runner reads them with test_results().

int passed, failed;
string *failures = ({ });
mixed *deferred = ({ });

// Deep equality: arrays and mappings element by element, floats exactly.
int same(mixed a, mixed b) {
    if (pointerp(a) && pointerp(b)) {
        if (sizeof(a) != sizeof(b)) return 0;
        for (int i = 0; i < sizeof(a); i++)
            if (!same(a[i], b[i])) return 0;
        return 1;
    }
    if (mapp(a) && mapp(b)) {
        mixed *ka = keys(a);
        if (sizeof(ka) != sizeof(keys(b))) return 0;
        foreach (mixed k in ka) {
            if (undefinedp(b[k]) && !undefinedp(a[k])) return 0;
            if (!same(a[k], b[k])) return 0;
        }
        return 1;
    }
    if (floatp(a) != floatp(b)) return 0;
    if (stringp(a) != stringp(b)) return 0;
    return a == b;
}

private void fail(string file, int line, string label, string what) {
    failed++;
    failures += ({ sprintf("%s:%d: %s: %s", file, line, label, what) });
}

void _expect(mixed got, mixed want, string label, string file, int line) {
    if (same(got, want)) passed++;
    else fail(file, line, label, sprintf("expected %O, got %O", want, got));
}

void _expect_true(mixed cond, string label, string file, int line) {
    if (cond) passed++;
    else fail(file, line, label, sprintf("expected true, got %O", cond));
}

void _expect_error(mixed err, string text, string label, string file, int line) {
    if (!err) fail(file, line, label, "expected an error, got none");
    else if (!stringp(err)) fail(file, line, label, sprintf("expected an error, got thrown %O", err));
    else if (text != "" && strsrch(err, text) < 0)
        fail(file, line, label, sprintf("expected an error containing %O, got %O", text, err));
    else passed++;
}

void _defer_check(function f, int secs, string file, int line) {
    deferred += ({ ({ f, time() + secs, file, line }) });
}

mixed *take_deferred() {
    mixed *d = deferred;
    deferred = ({ });
    return d;
}

void record_failure(string what) { failed++; failures += ({ what }); }
void record_pass() { passed++; }
mixed *test_results() { return ({ passed, failed, failures }); }
