// expect: Unknown efun
void create() { efun::no_such_efun(1); }
