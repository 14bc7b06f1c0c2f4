inherit "/t/chain5/b";
string h() { return a::f(); }
