// An empty object for sprintf_O to print.
int dummy;
