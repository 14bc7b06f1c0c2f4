// expect: Redeclaration of global variable
int count;
string count;
void create() { }
