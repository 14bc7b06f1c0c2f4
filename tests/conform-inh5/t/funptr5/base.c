int counter;
string f() { return "base.f"; }
string g() { return "base.g"; }
function get_f() { return (: f :); }
function get_super_g() { return (: g :); }
string name() { return "base"; }
