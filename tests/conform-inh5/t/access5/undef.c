string f() { return never_defined(1); }
