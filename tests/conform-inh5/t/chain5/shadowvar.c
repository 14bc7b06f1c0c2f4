inherit "/t/chain5/a";
int av = 99;
int my_av() { return av; }
