// Helper for t_commands.c: a living that issues commands.
string name;

void create() { enable_commands(); }
void setup(string n) { name = n; set_living_name(n); }
string query_name() { return name; }
void move(mixed dest) { move_object(dest); }
int act(string cmd) { return command(cmd); }
mixed *my_commands() { return commands(); }
void stop() { disable_commands(); }
void start() { enable_commands(); }
