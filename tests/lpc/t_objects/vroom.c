// What the virtual server makes; knows the name it was asked for.
string origin;
void set_origin(string s) { origin = s; }
string query_origin() { return origin; }
