// Helper for catch_throw: raises errors on request.
void boom(mixed v) { throw(v); }
void err(string s) { error(s); }
int ok() { return 1; }
