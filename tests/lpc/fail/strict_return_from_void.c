// expect: Return of a value from void function
#pragma strict_types
void create() { return 5; }
