// expect: continue statement outside loop
void create() {
    int x = 1;
    switch (x) { case 1: continue; }
}
