// The other half of the cycle.
inherit "/t_objects/cycle_a";
