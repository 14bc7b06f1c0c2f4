// Preprocessor round 3: nested macros, string arguments with commas,
// #if arithmetic with negatives and char constants, #elif chains,
// __FILE__ in included files, multi-line bodies, @ blocks with quotes and
// backslashes, #undef then redefine with a different arity.
#include <conform.h>
#include "preproc3/inc.h"
#include "preproc3/inc.h"

#define TWICE(x) ((x) + (x))
#define QUAD(x) TWICE(TWICE(x))
#define FIRST(a, b) a
#define SECOND(a, b) b
#define PAIR(a, b) ({ a, b })
#define CALL(f, x) f(x)
#define WRAP(s) "<" + s + ">"
#define LONG(a, b, c) \
    ({ a, \
       b, \
       c })
#define NEG -5
#define ID(x) x

#if -3 < -2 && -(-4) == 4 && -7 / 2 == -3 && -7 % 2 == -1
#define NEG_ARITH "ok"
#else
#define NEG_ARITH "bad"
#endif

#if NEG < 0
#define NEG_MACRO "negative"
#else
#define NEG_MACRO "not negative"
#endif

#define LEVEL 3
#if LEVEL == 1
#define LNAME "one"
#elif LEVEL == 2
#define LNAME "two"
#elif LEVEL == 3
#define LNAME "three"
#elif LEVEL == 3
#define LNAME "three again"
#else
#define LNAME "other"
#endif

#if 0
#if 1
#define INNER_DEAD 1
#endif
#elif 1
#define DEAD_BRANCH "elif taken"
#endif

#if (1 << 4) == 16 && (0xff & 0x0f) == 15 && (5 | 2) == 7 && (6 ^ 3) == 5 && ~0 == -1
#define BITS_IF "ok"
#else
#define BITS_IF "bad"
#endif

#if !0 && !!2 && (3 >= 3) && (2 <= 1) == 0 && (1 != 2)
#define LOGIC_IF "ok"
#else
#define LOGIC_IF "bad"
#endif

#define RD(a) (a + 1)
#undef RD
#define RD(a, b) (a * b)

#define OBJ 1
#undef OBJ
#ifdef OBJ
#define OBJ_GONE "still"
#else
#define OBJ_GONE "gone"
#endif

#undef NEVER_DEFINED

#define STRCOMMA(s) s
#define COUNTER 7
#define USE_COUNTER COUNTER * 2
#undef COUNTER
#define COUNTER 9

void create() {
    string block;
    mixed block2;
    int i = 3;

    show("QUAD(3)", QUAD(3));
    show("QUAD(i++) evaluates", ({ QUAD(i), i }));
    show("string arg with comma", FIRST("a,b", "c"));
    show("second of strings with commas", SECOND("x, y", "(z, w)"));
    show("parenthesised arg with comma", FIRST((1, 2), 3));
    show("array literal arg", sizeof(FIRST(({ 1, 2, 3 }), 0)));
    show("PAIR of strings", PAIR("a)", "(b"));
    show("CALL strlen", CALL(strlen, "hello"));
    show("WRAP", WRAP("x"));
    show("LONG", LONG(1, "two", 3));
    show("negative arith in #if", NEG_ARITH);
    show("negative macro in #if", NEG_MACRO);
    show("#elif chain", LNAME);
    show("dead #if with nested", DEAD_BRANCH);
    show("bits in #if", BITS_IF);
    show("logic in #if", LOGIC_IF);
    show("redefined with two args", RD(3, 4));
    show("undef", OBJ_GONE);
    show("late binding of macro body", USE_COUNTER);
    show("ID of negative", ID(-3) + ID(NEG));
    show("STRCOMMA", STRCOMMA("a, b, c"));
    show("__FILE__ in include", inc_file());
    show("__DIR__ in include", inc_dir());
    show("macro with __FILE__ from include", INC_FILE);
    show("include twice", ({ INC_GUARD, INC_TWICE }));
    show("char literal quote", ({ '\'', '"', '\\' }));
    block = @END
He said "hi" \n and \\ left
  indented 'quote'
END;
    show("@ block with quotes", block);
    block2 = @@END
a "b"
c\d
END;
    show("@@ block with quotes", block2);
    show("string escapes", "tab\there\\\"q\"\x41\101");
    show("macro in string not expanded", "QUAD(1) LEVEL");
    done();
}
