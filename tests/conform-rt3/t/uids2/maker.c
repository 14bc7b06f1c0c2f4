mixed *ids() { return ({ getuid(), geteuid() }); }
int set(mixed e) { return seteuid(e); }
object make() { return clone_object("/t/uids2/maker"); }
object load() { return load_object("/t/uids2/other"); }
void exp(object o) { export_uid(o); }
