inherit "/t/objects2_rt/d";
inherit "/t/objects2_rt/e";
int b_var;
