// The test master's valid_object() refuses everything under /invalid.
void create() { }
