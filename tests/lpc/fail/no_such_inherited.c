// expect: No such inherited function
void create() { ::nothing_here(); }
