// valid_shadow refuses this one (its path contains "noshadow").
string name() { return "protected"; }
