string tag = "unset";
void set_tag(string t) { tag = t; }
string get_tag() { return tag; }
function make() { return (: tag + ":" + $1 :); }
function make_local() { return (: get_tag :); }
