// Helper for t_lang_compile.c: a parent with an initialiser and a hook.
int first_value = 11;
string *order = ({ "first" });
string who() { return "first"; }
string ask_who() { return who(); }
int needs_definition(int x);
int use_definition() { return needs_definition(2); }
