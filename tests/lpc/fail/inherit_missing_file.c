// expect: Could not load inherited file
inherit "/fail/inc/not_there";
void create() { }
