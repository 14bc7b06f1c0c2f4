// Schedules call_outs on request, to be destructed with some pending.
void later() { write_file("/tmp/co2.log", "helper later ran\n"); }
void start() { call_out("later", 0); call_out("later", 1); }
int pending() { return find_call_out("later"); }
void die() { destruct(this_object()); }
