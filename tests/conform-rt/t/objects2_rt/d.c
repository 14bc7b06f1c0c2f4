inherit "/t/objects2_rt/g";
int d_var;
