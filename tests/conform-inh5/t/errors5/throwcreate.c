void create() { throw(({ "thrown", 42 })); }
