void create() { error("boom"); }
