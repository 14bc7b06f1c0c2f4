nosave int n = 1;
int save(string f) { return save_object(f) != 0; }
int restore(string f) { return restore_object(f); }
