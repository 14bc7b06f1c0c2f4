// expect: Duplicate default
void create() {
    switch (1) { default: break; case 2: break; default: break; }
}
