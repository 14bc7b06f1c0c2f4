inherit "/t/init_order/r";
void init() { ::init(); destruct(this_object()); }
