#include "log.h"
void catch_tell(string s) { log("tell " + s); }
