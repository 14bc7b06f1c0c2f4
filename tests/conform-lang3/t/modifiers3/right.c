// Right parent: its own variable named "shared".
int shared = 2;
int right_shared() { return shared; }
void set_right_shared(int v) { shared = v; }
string who() { return "right"; }
protected int prot_right() { return 7; }
