// A preload that does not compile: the boot must report it and go on.
void create() { int x = ; }
