// Counts create() calls and notes its destruction in a file.
int made;
void create() { made++; }
int query_made() { return made; }
void kill_me() { destruct(this_object()); }
int after_destruct() { destruct(this_object()); return objectp(this_object()) + 10; }
