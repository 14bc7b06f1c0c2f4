/*
 * lex.h — the LPC lexer with the preprocessor inline.
 *
 * The lexer reads a source file (mud path, resolved under the mudlib root),
 * expands macros, follows #include, evaluates #if, and hands the parser a
 * flat stream of tokens. Text blocks (@END ... END) arrive as one TK_STRING,
 * @@END blocks as TK_TEXT_ARRAY (a string per line, in tok.arr). Character
 * constants ('a', '\n') arrive as TK_INT. Adjacent string literals are NOT
 * joined here; the parser joins them.
 *
 * Errors: compile_error() (compile.h) with the current file and line; the
 * lexer keeps going where it can so the parser can report more.
 *
 * ORDER TOKEN: tok_names[] in lex.c.
 */
#ifndef HEARTH_LEX_H
#define HEARTH_LEX_H

#include <stdint.h>
#include "../base/str.h"
#include "../vm/value.h"

#define TOKENS(X) \
    X(EOF, "end of file") X(IDENT, "identifier") X(INT, "integer") X(FLOAT, "float") \
    X(STRING, "string") X(TEXT_ARRAY, "text block") \
    /* keywords */ \
    X(INT_T, "int") X(FLOAT_T, "float") X(STRING_T, "string") X(OBJECT_T, "object") \
    X(MAPPING_T, "mapping") X(MIXED_T, "mixed") X(FUNCTION_T, "function") \
    X(BUFFER_T, "buffer") X(VOID_T, "void") X(CLASS, "class") X(STRUCT, "struct") \
    X(STATUS_T, "status") \
    X(STATIC, "static") X(NOSAVE, "nosave") X(PRIVATE, "private") \
    X(PROTECTED, "protected") X(PUBLIC, "public") X(NOMASK, "nomask") \
    X(VARARGS, "varargs") X(REF, "ref") \
    X(INHERIT, "inherit") X(IF, "if") X(ELSE, "else") X(WHILE, "while") X(DO, "do") \
    X(FOR, "for") X(FOREACH, "foreach") X(IN, "in") X(SWITCH, "switch") \
    X(CASE, "case") X(DEFAULT, "default") X(BREAK, "break") X(CONTINUE, "continue") \
    X(RETURN, "return") X(CATCH, "catch") X(SSCANF, "sscanf") X(NEW, "new") \
    X(EFUN, "efun") X(PARSE_COMMAND, "parse_command") X(TIME_EXPRESSION, "time_expression") \
    /* punctuation and operators */ \
    X(LPAREN, "(") X(RPAREN, ")") X(LBRACE, "{") X(RBRACE, "}") \
    X(LBRACKET, "[") X(RBRACKET, "]") X(SEMI, ";") X(COMMA, ",") X(DOT, ".") \
    X(COLON, ":") X(COLONCOLON, "::") X(QUESTION, "?") X(ARROW, "->") \
    X(ELLIPSIS, "...") X(DOTDOT, "..") \
    X(ARRAY_OPEN, "({") X(MAPPING_OPEN, "([") X(FUNC_OPEN, "(:") X(FUNC_CLOSE, ":)") \
    X(DOLLAR, "$") /* followed by INT ($1) or ( ($(x)) */ \
    X(ASSIGN, "=") X(ADD_EQ, "+=") X(SUB_EQ, "-=") X(MUL_EQ, "*=") X(DIV_EQ, "/=") \
    X(MOD_EQ, "%=") X(AND_EQ, "&=") X(OR_EQ, "|=") X(XOR_EQ, "^=") \
    X(LSH_EQ, "<<=") X(RSH_EQ, ">>=") \
    X(LOR, "||") X(LAND, "&&") X(OR, "|") X(XOR, "^") X(AND, "&") \
    X(EQ, "==") X(NE, "!=") X(LT, "<") X(LE, "<=") X(GT, ">") X(GE, ">=") \
    X(LSH, "<<") X(RSH, ">>") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(PERCENT, "%") X(NOT, "!") X(TILDE, "~") \
    X(INC, "++") X(DEC, "--")

#define TK_ENUM(name, text) TK_##name,
enum token_kind { TOKENS(TK_ENUM) TK_COUNT };
#undef TK_ENUM

extern const char *const tok_names[TK_COUNT];

typedef struct token {
    int kind;
    uint32_t line;
    lstr *file;              /* file the token came from (not counted) */
    union {
        int64_t n;           /* TK_INT */
        double f;            /* TK_FLOAT */
        lstr *s;             /* TK_IDENT (interned), TK_STRING; owned by the lexer */
        array *arr;          /* TK_TEXT_ARRAY; owned by the lexer */
    } v;
} token;

/* Pragmas the parser needs to know about. */
enum pragma_flags { PRAGMA_STRICT_TYPES = 1, PRAGMA_SAVE_BINARY = 2, PRAGMA_WARNINGS = 4 };

typedef struct lexer lexer;
struct compile_opts;

/* Opens `path` (mud-absolute, with .c) for compiling; NULL (and an error
 * reported) if it cannot be read. */
lexer *lex_open(const char *path, const struct compile_opts *opts);
/* Next token. Values in tok stay valid until the lexer is closed. */
void lex_next(lexer *lx, token *tok);
uint32_t lex_pragmas(const lexer *lx);
void lex_close(lexer *lx);

#endif
