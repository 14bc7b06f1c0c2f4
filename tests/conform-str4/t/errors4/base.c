private int hidden() { return 1; }
protected int prot() { return 2; }
int pub() { return 3; }
