inherit "/t/saveobj7/extra";
int d_val = 9;
