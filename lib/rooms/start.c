// The first room of the bundled world.
string short() { return "The Hearth"; }
string long() { return "A warm fire crackles in a stone hearth.\n"; }
void create() { write("The fire is lit.\n"); }
