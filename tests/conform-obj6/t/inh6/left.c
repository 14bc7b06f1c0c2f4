inherit "/t/inh6/base";
int lfun() { return 6; }
int over() { return 7; }
