int b_level = 3;
nosave int b_temp = 4;
string b_name = "base";
