int base_a = 1;
nosave int base_ns = 2;
string base_s = "b";
