// expect: is private
inherit "/fail/inc/guarded";
string try_it() { return ::secret(); }
