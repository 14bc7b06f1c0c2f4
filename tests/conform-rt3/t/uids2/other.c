mixed *ids() { return ({ getuid(), geteuid() }); }
