// stream_echo.c — STREAM echo daemon: every string read is written back.
#include "sock.h"
inherit "/echo";

void create() { start(STREAM); }
