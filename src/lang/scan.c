/*
 * scan.c — the character-level scanner under the LPC lexer.
 *
 * scan_token() cuts one token out of a text buffer: identifiers (looked up
 * in the lexer's identifier table, which knows keywords and macros),
 * numbers, character constants, string literals with FluffOS 2.7's escapes,
 * operators, and @TERM / @@TERM text blocks. It knows nothing of macros or
 * conditionals; preproc.c and macro.c sit above it.
 *
 * Buffers end with a NUL sentinel at `end`, so the scanner peeks two or
 * three bytes ahead without bounds checks; a NUL before `end` is an
 * ordinary (illegal outside strings) byte.
 *
 * FluffOS 2.7 details kept on purpose: integers are decimal even with a
 * leading 0; `1..2` is INT DOTDOT INT; `\ddd` reads every octal digit and
 * `\x` every hex digit (a value over 255 becomes 'x' with a warning);
 * unknown escapes give the character with a warning; a plain character
 * constant is a signed char; text blocks keep their bytes raw.
 */
#include <stdlib.h>
#include <string.h>
#include "../base/mem.h"
#include "lexstate.h"

static inline int is_digit(unsigned char c) { return (unsigned)(c - '0') < 10u; }
static inline int is_alpha(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26u || c == '_'; }
static inline int is_idch(unsigned char c) { return is_alpha(c) || is_digit(c); }
static inline int is_xdigit(unsigned char c) {
    return is_digit(c) || (unsigned)((c | 32) - 'a') < 6u;
}
static inline int xval(unsigned char c) { return is_digit(c) ? c - '0' : (c | 32) - 'a' + 10; }
static inline int is_hspace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Skips a comment body after its opening; returns the position after the
 * closing. An unterminated comment is reported at its first line. */
static const char *skip_comment(scanbuf *sb, const char *p) {
    uint32_t first = sb->line;
    for (;;) {
        const char *q = p;
        while (*q != '*' && *q != '\n' && *q) q++;
        if (*q == '\n') { sb->line++; p = q + 1; continue; }
        if (*q == '*') {
            if (q[1] == '/') return q + 2;
            p = q + 1;
            continue;
        }
        if (q >= sb->end) {
            compile_error(sb->file, first, "Unterminated comment");
            return q;
        }
        p = q + 1;
    }
}

/* Skips white space and comments. Returns PK_EOL (SCAN_LINE: newline
 * consumed), PK_DIRECTIVE (SCAN_FILE: '#' first on a line, consumed) or 0. */
static int skip_space(scanbuf *sb, int mode, uint8_t *ws) {
    const char *p = sb->p;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (is_hspace(c)) { p++; *ws = 1; continue; }
        if (c == '\n') {
            p++;
            sb->line++;
            sb->bol = 1;
            if (mode == SCAN_LINE) { sb->p = p; return PK_EOL; }
            *ws = 1;
            continue;
        }
        if (c == '\\' && mode == SCAN_LINE) {
            int n = p[1] == '\n' ? 1 : (p[1] == '\r' && p[2] == '\n') ? 2 : 0;
            if (n) { p += n + 1; sb->line++; *ws = 1; continue; }
        }
        if (c == '/' && p[1] == '*') { p = skip_comment(sb, p + 2); *ws = 1; continue; }
        if (c == '/' && p[1] == '/') {
            while (p < sb->end && *p != '\n') p++;
            *ws = 1;
            continue;
        }
        if (c == '#' && mode == SCAN_FILE && sb->bol) { sb->p = p + 1; return PK_DIRECTIVE; }
        sb->p = p;
        return 0;
    }
}

/* One escape sequence after a backslash at *pp (which points past the
 * backslash). Returns the byte value, or -1 for a backslash-newline. */
static int scan_escape(scanbuf *sb, const char **pp, int in_char) {
    const char *p = *pp;
    unsigned char c = (unsigned char)*p++;
    long v;
    switch (c) {
    case 'n': v = '\n'; break;
    case 't': v = '\t'; break;
    case 'r': v = '\r'; break;
    case 'b': v = '\b'; break;
    case 'a': v = 7; break;
    case 'e': v = 27; break;
    case '"': v = '"'; break;
    case '\\': v = '\\'; break;
    case '\n':
        sb->line++;
        v = in_char ? '\n' : -1;
        break;
    case 'x':
        if (!is_xdigit((unsigned char)*p)) {
            compile_warning(sb->file, sb->line,
                            "\\x must be followed by a valid hex value; interpreting as 'x' instead.");
            v = 'x';
            break;
        }
        for (v = 0; is_xdigit((unsigned char)*p); p++)
            if (v <= 255) v = v * 16 + xval((unsigned char)*p);
        if (v > 255) {
            compile_warning(sb->file, sb->line, "Illegal character constant.");
            v = 'x';
        }
        break;
    default:
        if (is_digit(c)) {
            for (p--, v = 0; *p >= '0' && *p <= '7'; p++)
                if (v <= 255) v = v * 8 + (*p - '0');
            if (v > 255) {
                compile_warning(sb->file, sb->line, in_char ? "Illegal character constant."
                                : "Illegal character constant in string.");
                v = 'x';
            }
        } else if (c == '\'' && in_char) {
            v = '\'';
        } else {
            compile_warning(sb->file, sb->line, "Unknown \\ escape.");
            v = c;
        }
    }
    *pp = p;
    return (int)v;
}

/* "..." at sb->p. Newlines may appear raw (except on a directive line). */
static void scan_string(lexer *lx, scanbuf *sb, ptok *t, int mode) {
    const char *p = sb->p + 1;
    uint32_t first = sb->line;
    lx->slen = 0;
    for (;;) {
        const char *q = p;
        while (*q != '"' && *q != '\\' && *q != '\n' && *q) q++;
        lex_sbuf_add(lx, p, (size_t)(q - p));
        p = q;
        if (*p == '"') { p++; break; }
        if (*p == '\n' && mode != SCAN_LINE) {
            sb->line++;
            lex_sbuf_add(lx, p++, 1);
        } else if (*p == '\\' && p + 1 < sb->end) {
            int v;
            p++;
            v = scan_escape(sb, &p, 0);
            if (v >= 0) { char ch = (char)v; lex_sbuf_add(lx, &ch, 1); }
        } else if (p < sb->end && *p != '\n') {
            lex_sbuf_add(lx, p++, 1);           /* a NUL byte inside the string */
        } else {
            compile_error(sb->file, first, "Unterminated string");
            break;
        }
    }
    sb->p = p;
    /* 2.7 strings end at a NUL: "a\0b" is "a" */
    const char *nul = lx->slen ? memchr(lx->sbuf, '\0', lx->slen) : NULL;
    if (nul) lx->slen = (size_t)(nul - lx->sbuf);
    t->t.kind = TK_STRING;
    t->t.v.s = lex_own_str(lx, str_new(lx->sbuf, lx->slen));
}

/* 'c' at sb->p: a TK_INT. */
static void scan_char(scanbuf *sb, ptok *t) {
    const char *p = sb->p + 1;
    int64_t v;
    if (*p == '\\' && p + 1 < sb->end) {
        p++;
        v = scan_escape(sb, &p, 1);
    } else if (p < sb->end) {
        if (*p == '\n') sb->line++;
        v = (signed char)*p++;
    } else {
        v = 0;
    }
    if (*p == '\'') {
        p++;
    } else {
        compile_error(sb->file, t->t.line, "Illegal character constant");
        v = 0;
    }
    sb->p = p;
    t->t.kind = TK_INT;
    t->t.v.n = v;
}

/* A number at sb->p (or a float starting with '.'). */
static void scan_number(scanbuf *sb, ptok *t) {
    const char *s = sb->p, *p = s;
    int is_float = 0;
    if (p[0] == '0' && (p[1] | 32) == 'x' && is_xdigit((unsigned char)p[2])) {
        uint64_t v = 0;
        for (p += 2; is_xdigit((unsigned char)*p); p++)
            v = v > (uint64_t)INT64_MAX >> 4 ? (uint64_t)INT64_MAX : v * 16 + xval((unsigned char)*p);
        sb->p = p;
        t->t.kind = TK_INT;
        t->t.v.n = v > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)v;
        return;
    }
    while (is_digit((unsigned char)*p)) p++;
    if (*p == '.' && p[1] != '.') {
        is_float = 1;
        for (p++; is_digit((unsigned char)*p); p++) {}
    }
    if ((*p | 32) == 'e' && (is_digit((unsigned char)p[1]) ||
                             ((p[1] == '+' || p[1] == '-') && is_digit((unsigned char)p[2])))) {
        is_float = 1;
        for (p += 2; is_digit((unsigned char)*p); p++) {}
    }
    sb->p = p;
    if (is_float) {
        t->t.kind = TK_FLOAT;
        t->t.v.f = strtod(s, NULL);
        return;
    }
    uint64_t v = 0;
    for (; s < p; s++)
        v = v > ((uint64_t)INT64_MAX - 9) / 10 ? (uint64_t)INT64_MAX : v * 10 + (uint64_t)(*s - '0');
    t->t.kind = TK_INT;
    t->t.v.n = v > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)v;
}

/* An identifier or keyword at sb->p. `efun` is a keyword only before `::`. */
static void scan_ident(lexer *lx, scanbuf *sb, ptok *t) {
    const char *s = sb->p, *p = s;
    while (is_idch((unsigned char)*p)) p++;
    ident *id = lex_ident(lx, s, (size_t)(p - s), lex_hash(s, (size_t)(p - s)));
    t->t.kind = id->kind;
    if (id->kind == TK_EFUN) {
        const char *q = p;
        while (*q == ' ' || *q == '\t') q++;
        if (q[0] != ':' || q[1] != ':') t->t.kind = TK_IDENT;
    }
    t->t.v.s = id->s;
    t->id = id;
    sb->p = p;
}

/* True if the line at p starts with the terminator `term`. */
static int is_terminator(const scanbuf *sb, const char *p, const char *term, size_t tlen) {
    return (size_t)(sb->end - p) >= tlen && memcmp(p, term, tlen) == 0 &&
           !is_idch((unsigned char)p[tlen]);
}

/* @TERM ... TERM (one string, every line followed by "\n") or @@TERM
 * (an array with a string per line) at sb->p. The text starts after the
 * terminator's line (or on it, if more than white space follows it) and
 * ends at a line starting with the terminator; what follows the terminator
 * on that line is program text again. */
static int scan_text_block(lexer *lx, scanbuf *sb, ptok *t) {
    const char *p = sb->p + 1, *term;
    int is_array = *p == '@';
    size_t tlen;
    pvec lines = {0};

    p += is_array;
    for (term = p; is_idch((unsigned char)*p); p++) {}
    tlen = (size_t)(p - term);
    if (!tlen) {
        compile_error(sb->file, sb->line, "Illegal terminator");
        sb->p = p;
        return 0;
    }
    while (is_hspace((unsigned char)*p)) p++;
    if (*p == '\n') { p++; sb->line++; }
    lx->slen = 0;
    for (;;) {
        const char *eol;
        if (p >= sb->end) {
            compile_error(sb->file, t->t.line, is_array ? "End of file in array block"
                          : "End of file in text block");
            break;
        }
        if (is_terminator(sb, p, term, tlen)) {
            p += tlen;
            if (*p == '\n') { p++; sb->line++; sb->bol = 1; }
            break;
        }
        eol = memchr(p, '\n', (size_t)(sb->end - p));
        if (!eol) eol = sb->end;
        if (is_array) {
            pv_push(&lines, str_new(p, (size_t)(eol - p)));
        } else {
            lex_sbuf_add(lx, p, (size_t)(eol - p));
            lex_sbuf_add(lx, "\n", 1);
        }
        p = eol < sb->end ? eol + 1 : eol;
        if (eol < sb->end) sb->line++;
    }
    sb->p = p;
    if (!is_array) {
        t->t.kind = TK_STRING;
        t->t.v.s = lex_own_str(lx, str_new(lx->sbuf, lx->slen));
        return 1;
    }
    array *a = arr_new(lines.n);
    for (uint32_t i = 0; i < lines.n; i++) sv_set_str(&a->item[i], lines.v[i]);
    free(lines.v);
    pv_push(&lx->arrs, a);
    t->t.kind = TK_TEXT_ARRAY;
    t->t.v.arr = a;
    return 1;
}

/* Operators and punctuation; returns 0 for a character that starts no token. */
static int scan_op(const char *p, int mode, int *len) {
    char c1 = p[1];
    *len = 1;
#define TWO(ch, k) if (c1 == (ch)) { *len = 2; return (k); }
    switch (*p) {
    case '(':
        TWO('{', TK_ARRAY_OPEN) TWO('[', TK_MAPPING_OPEN)
        if (c1 == ':' && p[2] != ':') { *len = 2; return TK_FUNC_OPEN; }
        return TK_LPAREN;
    case ')': return TK_RPAREN;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case '[': return TK_LBRACKET;
    case ']': return TK_RBRACKET;
    case ';': return TK_SEMI;
    case ',': return TK_COMMA;
    case '~': return TK_TILDE;
    case '?': return TK_QUESTION;
    case '$': return TK_DOLLAR;
    case ':': TWO(':', TK_COLONCOLON) TWO(')', TK_FUNC_CLOSE) return TK_COLON;
    case '.':
        if (c1 == '.') { *len = p[2] == '.' ? 3 : 2; return *len == 3 ? TK_ELLIPSIS : TK_DOTDOT; }
        return TK_DOT;
    case '+': TWO('+', TK_INC) TWO('=', TK_ADD_EQ) return TK_PLUS;
    case '-': TWO('>', TK_ARROW) TWO('-', TK_DEC) TWO('=', TK_SUB_EQ) return TK_MINUS;
    case '*': TWO('=', TK_MUL_EQ) return TK_STAR;
    case '/': TWO('=', TK_DIV_EQ) return TK_SLASH;
    case '%': TWO('=', TK_MOD_EQ) return TK_PERCENT;
    case '^': TWO('=', TK_XOR_EQ) return TK_XOR;
    case '&': TWO('&', TK_LAND) TWO('=', TK_AND_EQ) return TK_AND;
    case '|': TWO('|', TK_LOR) TWO('=', TK_OR_EQ) return TK_OR;
    case '=': TWO('=', TK_EQ) return TK_ASSIGN;
    case '!': TWO('=', TK_NE) return TK_NOT;
    case '<':
        if (c1 == '<') { *len = p[2] == '=' ? 3 : 2; return *len == 3 ? TK_LSH_EQ : TK_LSH; }
        TWO('=', TK_LE) return TK_LT;
    case '>':
        if (c1 == '>') { *len = p[2] == '=' ? 3 : 2; return *len == 3 ? TK_RSH_EQ : TK_RSH; }
        TWO('=', TK_GE) return TK_GT;
    case '#':
        if (mode == SCAN_FILE) return 0;
        TWO('#', PK_HASHHASH) return PK_HASH;
    }
#undef TWO
    return 0;
}

/* Scans the next token of sb into t and returns its kind: a TK_ kind,
 * TK_EOF at the end of the buffer, or PK_DIRECTIVE / PK_EOL / PK_HASH /
 * PK_HASHHASH as the mode allows. Illegal characters are reported and
 * skipped. */
int scan_token(lexer *lx, scanbuf *sb, ptok *t, int mode) {
    uint8_t ws = 0;
    for (;;) {
        int k = skip_space(sb, mode, &ws), len;
        const char *p = sb->p;
        unsigned char c = (unsigned char)*p;
        t->ws = ws;
        t->noexp = 0;
        t->param = 0;
        t->id = NULL;
        t->t.line = sb->line;
        t->t.file = sb->file;
        t->t.v.n = 0;
        t->sp = p;
        t->len = 0;
        if (k) return t->t.kind = k;
        if (p >= sb->end) return t->t.kind = TK_EOF;
        sb->bol = 0;
        if (is_alpha(c)) {
            scan_ident(lx, sb, t);
        } else if (is_digit(c) || (c == '.' && is_digit((unsigned char)p[1]))) {
            scan_number(sb, t);
        } else if (c == '"') {
            scan_string(lx, sb, t, mode);
        } else if (c == '\'') {
            scan_char(sb, t);
        } else if (c == '@' && mode == SCAN_FILE) {
            if (!scan_text_block(lx, sb, t)) continue;
        } else if ((k = scan_op(p, mode, &len)) != 0) {
            t->t.kind = k;
            sb->p = p + len;
        } else {
            if (c >= 0x20 && c < 0x7f)
                compile_error(sb->file, sb->line, "Illegal character '%c'", c);
            else
                compile_error(sb->file, sb->line, "Illegal character (hex %02x)", c);
            sb->p = p + 1;
            ws = 1;
            continue;
        }
        t->len = (uint32_t)(sb->p - t->sp);
        return t->t.kind;
    }
}
