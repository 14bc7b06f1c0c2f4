// `inherit NAME;` where NAME is a macro, and a relative #include.
#include "local_defs.h"
inherit BASE_FILE;

string who() { return "by macro " + LOCAL_WORD; }
