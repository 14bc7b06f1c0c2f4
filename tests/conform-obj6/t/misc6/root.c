int rootfn() { return 1; }
