// Moves out of a container that is being destructed (move_or_destruct).
inherit "/t_objects/thing";

void move_or_destruct(object dest) { if (dest) move_object(dest); }
