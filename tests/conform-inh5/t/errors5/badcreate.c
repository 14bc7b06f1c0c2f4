int x;
void create() { x = 1; error("create failed\n"); }
int get_x() { return x; }
