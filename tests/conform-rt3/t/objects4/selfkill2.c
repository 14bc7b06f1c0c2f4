void create() { destruct(this_object()); }
