// Starts a call_out whose callback becomes this_player() (enable_commands)
// and then fails outside any catch.
void start() {
    call_out("fail_as_player", 0);
}

void fail_as_player() {
    enable_commands();
    error("EXPECTED-UNCAUGHT failed as player");
}
