/*
 * preproc.h — the lexer's preprocessor: files and directives (preproc.c)
 * and #if expressions (ppexpr.c). Internal to the lexer (see lexstate.h).
 */
#ifndef HEARTH_PREPROC_H
#define HEARTH_PREPROC_H

#include "lexstate.h"

/* The next token of program text, directives carried out (TK_EOF at the
 * end of the main file, repeatedly). */
void pp_next(lexer *lx, ptok *t);
/* Opens the main file; 0 (reported) if it cannot be read. */
int pp_push_main(lexer *lx, const char *path);
/* Includes compile_options.global_include ("<x>" or "\"x\"") first. */
void pp_global_include(lexer *lx, const char *spec);
void pp_close(lexer *lx);
/* Consumes the rest of a directive line, newline included. */
void pp_skip_line(scanbuf *sb);
/* Evaluates the #if expression on the rest of the line (consumed). */
int64_t pp_eval_line(lexer *lx, scanbuf *sb);
/* Normalises `name` seen from directory `dir` into a mud path "/a/b" in
 * out (1024 bytes); 0 if it climbs above the root or is too long. */
int pp_path_join(const char *dir, const char *name, char *out);

#endif
