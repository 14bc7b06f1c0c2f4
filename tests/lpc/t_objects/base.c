// Parent program for the inheritance efuns in t_objects.c.
int base_value = 3;
int query_base() { return base_value; }
protected int guarded() { return 1; }
