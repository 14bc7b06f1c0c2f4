// Destructs itself in the middle of a call, then keeps running.
int die_and_continue() {
    destruct(this_object());
    return 7;
}
