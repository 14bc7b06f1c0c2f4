// Helper for t_shadow.c: the master's valid_shadow() refuses this file.
string query_name() { return "protected"; }
