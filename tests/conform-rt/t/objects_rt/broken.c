// Fails to compile on purpose.
int x(
