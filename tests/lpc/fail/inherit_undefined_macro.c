// expect: inherit needs a file name string
inherit NO_SUCH_MACRO;
void create() { }
