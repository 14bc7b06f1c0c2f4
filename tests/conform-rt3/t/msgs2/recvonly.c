#include "log.h"
void receive_message(mixed c, string s) { log("recv(" + (pointerp(c) ? implode(c, ",") : c) + ") " + s); }
