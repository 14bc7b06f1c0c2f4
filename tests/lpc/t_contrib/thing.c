// thing.c — a clonable object for base_name() and get_garbage().
int value;
