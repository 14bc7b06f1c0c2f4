/*
 * macro.h — the lexer's macros: definitions, expansion, predefined names.
 * Internal to the lexer (see lexstate.h).
 */
#ifndef HEARTH_MACRO_H
#define HEARTH_MACRO_H

#include "lexstate.h"

/* The next token with macros expanded; 0 only at the end of the list
 * given to mac_expand_list. */
int mac_next(lexer *lx, ptok *t);
/* Expands in[0..n) alone (reading nothing beyond it), appending to out. */
void mac_expand_list(lexer *lx, const ptok *in, uint32_t n, tokvec *out);
/* #define / #undef: sb is just after the directive name; the line is consumed. */
void mac_define(lexer *lx, scanbuf *sb);
void mac_undef(lexer *lx, scanbuf *sb);
/* Defines `name` as `text` (kind PREDEF_*). */
void mac_predefine(lexer *lx, const char *name, const char *text, int kind);
/* All predefined macros for compiling main_path. */
void mac_predefines(lexer *lx, const char *main_path);
/* Drops the expansion stack and every macro. */
void mac_close(lexer *lx);

#endif
