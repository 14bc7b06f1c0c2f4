// Preprocessor corners: function-like macros with nested parentheses,
// stringising and pasting, #if arithmetic, #elif chains, undefined
// identifiers in #if, redefinition, multi-line macros, comments.
#include <conform.h>

#define SQR(x) ((x) * (x))
#define ADD(a, b) ((a) + (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a ## b
#define NUM 42
#define EMPTY
#define MULTI(a) \
    ((a) + \
     1)
#define NESTED ADD(NUM, 1)
#define SELF SELF
#define COMMA_ARG(a, b) a
#define FOO 1
#undef FOO
#define FOO 2

#if 2 + 3 * 4 == 14
#define PREC "ok"
#else
#define PREC "wrong"
#endif

#if UNDEFINED_THING
#define UNDEF_IN_IF "true"
#else
#define UNDEF_IN_IF "false"
#endif

#if defined(NUM) && !defined(NOPE)
#define DEFINED_OP "yes"
#else
#define DEFINED_OP "no"
#endif

#if NUM > 40
#  if NUM < 50
#    define RANGE "40s"
#  else
#    define RANGE "50+"
#  endif
#elif NUM > 10
#  define RANGE "teens"
#else
#  define RANGE "small"
#endif

#ifdef NOPE
#error should not happen
#endif

#if (1 ? 2 : 3) == 2 && (0x10 == 16) && (-1 < 0) && (7 / 2 == 3) && (7 % 3 == 1)
#define TERN "ok"
#else
#define TERN "no"
#endif


void create() {
    int var1 = 5;
    show("SQR(2+1)", SQR(2 + 1));
    show("ADD with nested parens", ADD((1, 2), SQR(3)));
    show("STR", STR(hello world));
    show("STR of quote", STR("q"));
    show("XSTR expands", XSTR(NUM));
    show("STR does not expand", STR(NUM));
    show("pasting", var1);
    show("EMPTY", ({ EMPTY 1 }));
    show("multi-line", MULTI(10));
    show("nested expansion", NESTED);
    show("redefinition", FOO);
    show("precedence in #if", PREC);
    show("undefined in #if", UNDEF_IN_IF);
    show("defined()", DEFINED_OP);
    show("nested #if/#elif", RANGE);
    show("ternary etc in #if", TERN);
    show("comma in arg parens", COMMA_ARG((1, 2), 3));
    show("macro name in string", "NUM SQR(2)");
    show("__FILE__", __FILE__);
    show("__DIR__", __DIR__);
    show("adjacent strings", "ab" "cd" "ef");
    show("macro string adjacency", XSTR(NUM) "!");
    show("comment in macro use", ADD(1 /* one */, 2));
    show("line comment", 1 // comment
    );
    show("MUDOS defined", 
#ifdef MUDOS
    "yes"
#else
    "no"
#endif
    );
    show("__VERSION__ is string", stringp(__VERSION__));
    done();
}
