// Right branch of the diamond.
inherit "/t/inherit_edge/base";
string name() { return "right(" + ::name() + ")"; }
string who() { return "right who"; }
