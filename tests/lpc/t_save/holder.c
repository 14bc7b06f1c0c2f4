// Helper for t_save.c: variables of every kind, saved and restored.
inherit "/t_save/base";

int level;
string name;
float weight;
mixed *bag;
mapping stats;
nosave int temporary;
object link;
mixed lost_name, lost_value;

void fill() {
    level = 12;
    name = "Quote \"Q\" Back\\slash\nNewline\ttab";
    weight = 72.5;
    bag = ({ 1, "two", ({ 3, ({ }) }), ([ "four": 4, 5: ({ 6.25 }) ]), -7 });
    stats = ([ "str": 18, "nested": ([ "a": ({ "b" }) ]) ]);
    temporary = 99;
    link = this_object();
    set_race("elf");
}

int save_to(string file, int flag) { return save_object(file, flag); }
int restore_from(string file, int flag) { return restore_object(file, flag); }
void set_temporary(int t) { temporary = t; }
void set_level(int l) { level = l; }
void restore_lost_variable(mixed value, string var) { lost_name = var; lost_value = value; }
mixed *query_lost() { return ({ lost_name, lost_value }); }
mixed *query_all() { return ({ level, name, weight, bag, stats, temporary, link, query_race() }); }
