/*
 * commands.h — add_action commands and the command parser (2.7 rules).
 *
 * A living object (O_ENABLE_COMMANDS) keeps, in ob->actions, the actions
 * other objects near it offered it with add_action() in their init():
 * verb, flags, the defining object and a function name or pointer. The
 * list is newest first, and the parser tries it in that order. Actions
 * disappear when the two objects stop being near each other (env.c calls
 * cmd_remove_sent on every move), when either is destructed and on
 * disable_commands().
 *
 * Parsing a line: trailing blanks go; the verb is the first word; the
 * argument is the text after the first blank, or undefined when there is
 * none. An action matches when its verb equals the first word (an empty
 * verb matches any line), or, with flag 1, when the line starts with its
 * verb (query_verb() is then the whole first word), or, with flag 2, when
 * the line starts with its verb and the argument is the rest of the line
 * right after it. The first action whose function returns nonzero takes
 * the command; if none does, an interactive user gets its notify_fail()
 * text, or the config's `default fail message`.
 */
#ifndef HEARTH_COMMANDS_H
#define HEARTH_COMMANDS_H

#include <stddef.h>
#include "object.h"

/* this_player(1): the user whose input is being handled, NULL in call_outs,
 * heart beats and other driver-started work. */
extern object *cmd_interactive;

/* One line of input from an interactive user, for the network layer (not
 * written yet, so nothing calls this today): a top-level evaluation with a fresh eval budget, this_player() and this_interactive()
 * = user, notify_fail cleared first, errors reported (not propagated).
 * Returns 1 if an action took the command. process_input, input_to and ed
 * are the caller's business. */
int cmd_execute(object *user, const char *line);

/* The parser itself, inside the current evaluation (command() efun):
 * this_player() = user while actions run. LPC errors propagate. */
int cmd_parse(object *user, const char *line, size_t len);

/* Removes the actions `definer` gave `user`. */
void cmd_remove_sent(object *definer, object *user);
/* Frees every action list and notify_fail message (exit-time leak checks). */
void cmd_free_all(void);

#endif
