// expect: Illegal to use local variable
void create() {
    int x = 5;
    function f = (: x + $1 :);
}
