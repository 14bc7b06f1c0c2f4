/*
 * runtime.c — starting and stopping the object-runtime services, and the
 * helper they share for calling LPC with a given this_player().
 */
#include "runtime.h"
#include "commands.h"
#include "living.h"

void rt_services_init(void) {
    heart_beat_start();
    reset_start();
}

void rt_services_free(void) {
    call_out_free_all();
    heart_beat_free_all();
    cmd_free_all();
    living_free_all();
}

svalue *rt_apply_as(object *player, const char *name, object *ob, int nargs, int origin) {
    object *saved = vm_command_giver;
    vm_command_giver = player;
    svalue *r = vm_apply(name, ob, nargs, origin);
    vm_command_giver = saved;
    return r;
}
