// The master's error_handler(err, 0) for an uncaught error runs at the point
// of the error, before the stack unwinds (as in 2.7), so this_player() and
// previous_object() are still those of the failing code, even when the
// failing code set this_player() itself inside a call_out.
#include <test.h>

object actor;

void check_handler_context() {
    mixed *seen = master()->take_expected_uncaught("failed as player");
    expect(sizeof(seen), 1, "handler called once");
    if (sizeof(seen) != 1) return;
    expect(seen[0][0], "*EXPECTED-UNCAUGHT failed as player\n", "handler got the error");
    expect(seen[0][1], actor, "this_player() in the handler");
    expect(seen[0][2], actor, "previous_object() in the handler");
    destruct(actor);
}

void test_call_out_error_sees_failing_player() {
    actor = new("/t_uncaught_context/actor");
    actor->start();
    defer_check((: check_handler_context :), 2);
}
