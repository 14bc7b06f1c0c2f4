string nm(mixed o) {
    if (!objectp(o)) return sprintf("%O", o);
    return explode(file_name(o), "#")[0] + (clonep(o) ? "(clone)" : "");
}
string cpo;
void create() { cpo = nm(previous_object()); }
string q_cpo() { return cpo; }
string org() { return origin(); }
object po() { return previous_object(); }
function give_fp() { return (: org :); }
function give_po_fp() { return (: po :); }
function give_anon() { return (: origin() :); }
string catch_org() { string s; catch(s = org()); return s; }
mixed cmd(string s) { return command(s); }
void named(string n) { set_living_name(n); }
void on() { enable_commands(); }
void hide(int i) { set_hide(i); }
