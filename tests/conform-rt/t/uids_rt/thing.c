// Helper for uids_rt: reports and changes its uids.
mixed *ids() { return ({ getuid(), geteuid() }); }
int set(mixed e) { return seteuid(e); }
object make(string f) { return clone_object(f); }
int give(object o) { return export_uid(o); }
