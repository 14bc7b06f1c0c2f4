// Helper for t_env.c: a container that is not living, with an init().
inherit "/t_env/thing";
