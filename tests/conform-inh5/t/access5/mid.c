inherit "/t/access5/base";
varargs string va(string a, string b, string c) { return "mid:" + ::va(a, b) + ":" + (c ? c : "-"); }
