int val = 1;
int query_val() { return val; }
