// Helper for t_env.c: a living thing that can speak.
inherit "/t_env/thing";

void create() { enable_commands(); }
void do_say(mixed msg, mixed exclude) {
    if (exclude) say(msg, exclude);
    else say(msg);
}
void do_shout(string msg) { shout(msg); }
void do_write(mixed msg) { enable_commands(); write(msg); }
