// expect: Redeclaration of function
int f(int a) { return a; }
string f(int a) { return "x"; }
void create() { }
