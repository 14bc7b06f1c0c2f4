// A function defined before an inherit (TMI-2's master does this).
string early() { return "early"; }
inherit "/t_lang_inherit/other";
