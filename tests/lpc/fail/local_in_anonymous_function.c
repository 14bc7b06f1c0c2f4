// expect: Undefined variable 'outer'
void create() {
    int outer = 5;
    function f = function(int a) { return a + outer; };
}
