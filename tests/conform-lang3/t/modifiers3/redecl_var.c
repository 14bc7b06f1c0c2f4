// Redeclaring an inherited variable name in the child.
inherit "/t/modifiers3/right";
int shared = 5;
int get() { return shared; }
