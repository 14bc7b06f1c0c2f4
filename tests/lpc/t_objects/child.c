// Inherits base.c; used by inherits(), inherit lists and function_exists.
inherit "/t_objects/base";
int own() { return query_base() + 1; }
