// expect: Duplicate case
void create() {
    switch (3) { case 1..5: break; case 3: break; }
}
