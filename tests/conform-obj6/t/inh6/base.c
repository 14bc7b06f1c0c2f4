int pub() { return 1; }
protected int prot() { return 2; }
private int priv() { return 3; }
nosave int stat() { return 4; }
int over() { return 5; }
