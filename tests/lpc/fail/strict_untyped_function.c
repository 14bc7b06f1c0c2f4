// expect: requires type of function
#pragma strict_types
helper() { return 1; }
void create() { }
