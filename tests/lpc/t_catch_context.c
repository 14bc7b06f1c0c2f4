// LOG_CATCHES: the master's error_handler(err, 1) runs at the point of the
// error, before the catch unwinds, so this_player() is still the one of the
// failing code (TMI-2's handler tells this_player() about the error).
#include <test.h>

void test_handler_sees_failing_player() {
    object actor = new("/t_catch_context/actor");
    expect_error(catch(actor->fail_as_player()), "failed as player", "the error is caught");
    expect(master()->query_last_caught()["error"], "*failed as player\n", "handler got the error");
    expect(master()->query_last_caught_player(), actor, "this_player() in the handler");
    destruct(actor);
}
