inherit "/t/objects2_rt/g";
int f_var;
