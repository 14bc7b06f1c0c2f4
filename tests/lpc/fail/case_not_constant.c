// expect: Case label must be a constant
void create() {
    int y = 2;
    switch (1) { case y: break; }
}
