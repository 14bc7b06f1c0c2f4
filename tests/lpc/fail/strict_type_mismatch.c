// expect: Type mismatch
#pragma strict_types
void create() { int x; x = "a string"; }
