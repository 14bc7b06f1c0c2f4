// Inherits both bases and overrides who().
inherit "/t_lang_inherit/base";
inherit "/t_lang_inherit/other.c";

string who() { return "child"; }
string base_who() { return base::who(); }
string other_who() { return other::who(); }
string use_prot() { return prot(); }
int vars() { return base_var * 10 + other_var; }
