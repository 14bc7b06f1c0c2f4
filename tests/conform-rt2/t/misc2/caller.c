mixed via(object t, string fn) { return call_other(t, fn); }
