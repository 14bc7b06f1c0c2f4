// Destructed by typeof_edge.
int dummy;
