// expect: Undefined function secret
inherit "/fail/inc/guarded";
string try_it() { return secret(); }
