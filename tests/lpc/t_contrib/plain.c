// plain.c — defines only create(): replaceable.
inherit "/t_contrib/base";

void create() { base_var = 1; }
