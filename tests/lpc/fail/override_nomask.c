// expect: Illegal to redefine 'nomask' function
inherit "/fail/inc/guarded";
string fixed() { return "mine"; }
