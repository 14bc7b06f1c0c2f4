// Fallback room for env_rt movers.
string query_name() { return "fallback"; }
