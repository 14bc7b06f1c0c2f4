// expect: Too few arguments to strlen
int create() { return strlen(); }
