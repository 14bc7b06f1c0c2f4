inherit "/t/objects2_rt/f";
int c_var;
