// Helper object for funptr_edge: hands out function pointers.
int mult = 3;
function get_fp() { return (: $1 * mult :); }
function get_who() { return (: file_name(this_object()) :); }
int twice(int x) { return 2 * x; }
