// expect: outside a functional
int create() { return $1; }
