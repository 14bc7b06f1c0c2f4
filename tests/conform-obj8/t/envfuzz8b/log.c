string *l = ({});
void add(string s) { l += ({ s }); }
string *get() { string *r = l; l = ({}); return r; }
