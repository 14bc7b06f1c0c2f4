// Raises errors and throws from inside nested call_others.
mixed deep(int n, mixed what) {
    if (n > 0) return call_other(this_object(), "deep", n - 1, what);
    if (what == "error") error("deep error\n");
    if (what == "index") return allocate(1)[n + 5];
    if (what == "zero") return 1 / (n * 0);
    throw(what);
}
mixed catch_here(mixed what) {
    mixed e = catch(deep(2, what));
    return ({ "caught here", e });
}
