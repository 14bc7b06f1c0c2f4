// expect: syntax error
void create() {
    int x = 1
    x++;
}
