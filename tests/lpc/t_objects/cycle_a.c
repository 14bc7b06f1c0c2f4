// Half of an inheritance cycle: must fail to compile, not loop.
inherit "/t_objects/cycle_b";
