// expect: Duplicate case
void create() {
    switch ("a") { case "a": break; case "b": break; case "a": break; }
}
