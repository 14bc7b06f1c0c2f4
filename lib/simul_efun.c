// simul_efun.c — the bundled mudlib's simulated efuns.

// The path of an object's source without the clone number.
string base_name(mixed ob) {
    string name = objectp(ob) ? file_name(ob) : ob, base;
    return sscanf(name, "%s#%*d", base) == 2 ? base : name;
}
