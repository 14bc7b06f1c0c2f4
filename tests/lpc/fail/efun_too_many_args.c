// expect: Too many arguments to strlen
int create() { return strlen("a", "b"); }
