// create() fails: the object stays loaded (2.7), the error reaches the loader.
int created;
void create() { created = 1; error("create failed"); }
int query_created() { return created; }
