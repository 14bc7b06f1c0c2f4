// create() raises an error.
void create() { error("boom"); }
