// Becomes this_player() (enable_commands) and then fails.
void fail_as_player() {
    enable_commands();
    error("failed as player");
}
