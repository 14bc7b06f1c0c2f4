inherit "/t/misc6/root";
void create() { }
