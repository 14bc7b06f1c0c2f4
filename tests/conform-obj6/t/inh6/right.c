inherit "/t/inh6/base";
int rfun() { return 8; }
