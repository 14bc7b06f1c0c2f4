// Helper for t_lang_compile.c: a second parent, inherited after variables.
int second_value = 22;
string who() { return "second"; }
string only_second() { return "only second"; }
