// expect: Undefined function nowhere_to_be_found
int create() { return nowhere_to_be_found(1); }
