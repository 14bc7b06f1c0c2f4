// room.c — calls replace_program() with an inherited and a foreign program.
inherit "/t_contrib/base";

mixed try_replace(string file) { return catch(replace_program(file)); }
