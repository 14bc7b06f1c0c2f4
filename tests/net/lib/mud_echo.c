// mud_echo.c — MUD-mode echo daemon: every LPC value read is written back.
#include "sock.h"
inherit "/echo";

void create() { start(MUD); }
