// Left branch of the diamond.
inherit "/t/inherit_edge/base";
string name() { return "left(" + ::name() + ")"; }
string left_only() { return "left only " + prot(); }
