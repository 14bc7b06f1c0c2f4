/*
 * test_lex.c — unit tests of the lexer and preprocessor (src/lang/lex.h):
 * tokens, literals, text blocks, macros (#, ##, recursion, arguments),
 * conditionals and #if arithmetic, #include search rules, predefined
 * macros, pragmas, line numbers and error messages. Each case writes LPC
 * files into a scratch mudlib under /tmp, lexes one, and compares the
 * token stream (and the messages reported) with what FluffOS 2.7 would
 * give. Prints "N passed, N failed" last; exits 1 on any failure.
 *
 * Built by `make test-c` with the sources on the Deps line:
 * Deps: src/base/str.c src/base/mem.c src/lang/lex.c src/lang/scan.c src/lang/preproc.c src/lang/ppexpr.c src/lang/macro.c
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "base/str.h"
#include "lang/compile.h"
#include "lang/lex.h"

/* ===================== STUBS: compile.c's reporting and the array type == */
compile_opts compile_options;
static char msgs[4096];                 /* "file:line: msg\n" per report */
static int nerrors;

static void report(const char *kind, lstr *file, uint32_t line, const char *fmt, va_list ap) {
    size_t n = strlen(msgs);
    n += (size_t)snprintf(msgs + n, sizeof msgs - n, "%s%s:%u: ", kind, file ? file->data : "?",
                          (unsigned)line);
    if (n < sizeof msgs) n += (size_t)vsnprintf(msgs + n, sizeof msgs - n, fmt, ap);
    if (n + 1 < sizeof msgs) strcat(msgs, "\n");
}
void compile_error(lstr *file, uint32_t line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("", file, line, fmt, ap);
    va_end(ap);
    nerrors++;
}
void compile_warning(lstr *file, uint32_t line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("warning: ", file, line, fmt, ap);
    va_end(ap);
}
int compile_error_count(void) { return nerrors; }

array *arr_new(size_t n) {
    array *a = calloc(1, sizeof *a + n * sizeof(svalue));
    a->refs = 1;
    a->size = (uint32_t)n;
    return a;
}
void arr_free_(array *a) {
    for (uint32_t i = 0; i < a->size; i++)
        if (a->item[i].type == T_STRING) str_free(a->item[i].u.s);
    free(a);
}

/* ============================================================ test helpers */
static int passed, failed;
static char root[256];                  /* the scratch mudlib (host dir) */
static char out[16384];

/* Writes mud file `path` with `text`, creating directories. */
static void put(const char *path, const char *text) {
    char host[512];
    snprintf(host, sizeof host, "%s%s", root, path);
    for (char *p = host + strlen(root) + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        mkdir(host, 0777);
        *p = '/';
    }
    FILE *f = fopen(host, "w");
    if (!f) { perror(host); exit(2); }
    fputs(text, f);
    fclose(f);
}

static void add(const char *s) {
    size_t n = strlen(out);
    snprintf(out + n, sizeof out - n, "%s", s);
}

/* A token as text: identifiers bare, keywords as %kw, numbers, strings
 * quoted with \n \" \\ and \xNN escapes, text arrays as @@[...]. */
static void render(const token *t) {
    char buf[64];
    switch (t->kind) {
    case TK_INT: snprintf(buf, sizeof buf, "%lld", (long long)t->v.n); add(buf); break;
    case TK_FLOAT: snprintf(buf, sizeof buf, "%gF", t->v.f); add(buf); break;
    case TK_IDENT: add(t->v.s->data); break;
    case TK_STRING:
    case TK_TEXT_ARRAY: {
        uint32_t n = t->kind == TK_STRING ? 1 : t->v.arr->size;
        if (t->kind == TK_TEXT_ARRAY) add("@@[");
        for (uint32_t i = 0; i < n; i++) {
            lstr *s = t->kind == TK_STRING ? t->v.s : t->v.arr->item[i].u.s;
            add(i ? ",\"" : "\"");
            for (size_t j = 0; j < s->len; j++) {
                unsigned char c = (unsigned char)s->data[j];
                if (c == '\n') snprintf(buf, sizeof buf, "\\n");
                else if (c == '"' || c == '\\') snprintf(buf, sizeof buf, "\\%c", c);
                else if (c < 32 || c > 126) snprintf(buf, sizeof buf, "\\x%02x", c);
                else snprintf(buf, sizeof buf, "%c", c);
                add(buf);
            }
            add("\"");
        }
        if (t->kind == TK_TEXT_ARRAY) add("]");
        break;
    }
    default:
        if (t->kind >= TK_INT_T && t->kind <= TK_TIME_EXPRESSION) add("%");
        add(tok_names[t->kind]);
    }
}

/* Lexes mud file `path`; out gets the tokens separated by blanks (with
 * "line:" before the first token of each line when `lines`). */
static void lex_file(const char *path, int lines) {
    token t;
    uint32_t line = 0;
    out[0] = 0;
    msgs[0] = 0;
    nerrors = 0;
    lexer *lx = lex_open(path, &compile_options);
    if (!lx) { add("<no lexer>"); return; }
    for (;;) {
        lex_next(lx, &t);
        if (t.kind == TK_EOF) break;
        if (out[0]) add(" ");
        if (lines && t.line != line) {
            char buf[32];
            snprintf(buf, sizeof buf, "%u:", (unsigned)t.line);
            add(buf);
            line = t.line;
        }
        render(&t);
    }
    lex_next(lx, &t);                    /* EOF again is fine */
    if (t.kind != TK_EOF) add(" <token after EOF>");
    if (lex_pragmas(lx)) {
        char buf[32];
        snprintf(buf, sizeof buf, " pragmas=%u", lex_pragmas(lx));
        add(buf);
    }
    lex_close(lx);
}

static void check(const char *name, const char *got, const char *want) {
    if (!strcmp(got, want)) { passed++; return; }
    failed++;
    printf("FAIL %s\n  want: %s\n  got:  %s\n", name, want, got);
}

/* Lexes `src` as /t.c; compares tokens and reported messages. */
static void tcase(const char *name, const char *src, const char *want, const char *want_msgs) {
    put("/t.c", src);
    lex_file("/t.c", 0);
    check(name, out, want);
    check(name, msgs, want_msgs ? want_msgs : "");
}

static void tlines(const char *name, const char *src, const char *want) {
    put("/t.c", src);
    lex_file("/t.c", 1);
    check(name, out, want);
}

/* ================================================================= cases */

static void test_tokens(void) {
    tcase("operators",
          "( ) { } [ ] ; , . : :: ? -> ... .. ({ ([ (: :) $ = += -= *= /= %= &= |= ^= <<= >>= "
          "|| && | ^ & == != < <= > >= << >> + - * / % ! ~ ++ --",
          "( ) { } [ ] ; , . : :: ? -> ... .. ({ ([ (: :) $ = += -= *= /= %= &= |= ^= <<= >>= "
          "|| && | ^ & == != < <= > >= << >> + - * / % ! ~ ++ --", NULL);
    tcase("adjacent only", "( { ( [ ( : ({}) ([]) (::x) (::) (: :) foo(::bar()) a?b:c",
          "( { ( [ ( : ({ } ) ([ ] ) ( :: x ) ( :: ) (: :) foo ( :: bar ( ) ) a ? b : c", NULL);
    tcase("keywords",
          "int float string object mapping mixed function buffer void class struct status "
          "static nosave private protected public nomask varargs ref inherit if else while do "
          "for foreach in switch case default break continue return catch sscanf new "
          "parse_command time_expression",
          "%int %float %string %object %mapping %mixed %function %buffer %void %class %struct "
          "%status %static %nosave %private %protected %public %nomask %varargs %ref %inherit "
          "%if %else %while %do %for %foreach %in %switch %case %default %break %continue "
          "%return %catch %sscanf %new %parse_command %time_expression", NULL);
    tcase("efun only before ::", "efun::write(efun) efun :: x efun_x _a1 A_b",
          "%efun :: write ( efun ) %efun :: x efun_x _a1 A_b", NULL);
    tcase("dollar", "(: $1 + $(x) :)", "(: $ 1 + $ ( x ) :)", NULL);
    tcase("comments", "a /* b \n c */ d // e \n f /* // */ g", "a d f g", NULL);
    tcase("illegal chars", "a ` b \x01 c", "a b c",
          "/t.c:1: Illegal character '`'\n/t.c:1: Illegal character (hex 01)\n");
    tcase("hash outside directive", "a # b", "a b", "/t.c:1: Illegal character '#'\n");
}

static void test_numbers(void) {
    tcase("integers", "0 7 42 010 0x1F 0XfF 9223372036854775807 99999999999999999999",
          "0 7 42 10 31 255 9223372036854775807 9223372036854775807", NULL);
    tcase("floats", "1.5 0.25 1. .5 1e3 2.5e-1 1.5E+2", "1.5F 0.25F 1F 0.5F 1000F 0.25F 150F", NULL);
    tcase("ranges", "a[1..2] a[<1..<2] case 2..3: x[0..]",
          "a [ 1 .. 2 ] a [ < 1 .. < 2 ] %case 2 .. 3 : x [ 0 .. ]", NULL);
    tcase("char constants", "'a' ' ' '\\n' '\\t' '\\r' '\\b' '\\a' '\\e' '\\'' '\\\"' '\\\\' '\\x41' '\\101' '\\0'",
          "97 32 10 9 13 8 7 27 39 34 92 65 65 0", NULL);
    tcase("bad char constant", "'ab' x", "0 b 0 x",
          "/t.c:1: Illegal character constant\n/t.c:1: Illegal character constant\n");
    tcase("high char is signed", "'\xe9'", "-23", NULL);
}

static void test_strings(void) {
    tcase("escapes", "\"a\\tb\\n\\r\\b\\a\\e\\\"\\\\\\x41\\101z\"",
          "\"a\\x09b\\n\\x0d\\x08\\x07\\x1b\\\"\\\\AAz\"", NULL);
    tcase("a NUL ends the string (2.7)", "\"ab\\0cd\" \"\\0\"", "\"ab\" \"\"", NULL);
    tcase("unknown escape", "\"\\q\\v\"", "\"qv\"",
          "warning: /t.c:1: Unknown \\ escape.\nwarning: /t.c:1: Unknown \\ escape.\n");
    tcase("big escapes become x", "\"\\777\\x100\"", "\"xx\"",
          "warning: /t.c:1: Illegal character constant in string.\n"
          "warning: /t.c:1: Illegal character constant.\n");
    tcase("raw newline and continuation", "\"a\nb\" \"c\\\nd\"", "\"a\\nb\" \"cd\"", NULL);
    tcase("8-bit bytes", "\"\xe9\xff\"", "\"\\xe9\\xff\"", NULL);
    tcase("adjacent strings stay apart", "\"a\" \"b\"", "\"a\" \"b\"", NULL);
    tcase("unterminated string", "x \"abc\n\ny", "x \"abc\\n\\ny\\n\"", "/t.c:1: Unterminated string\n");
    tcase("unterminated comment", "x /* abc\n\n", "x", "/t.c:1: Unterminated comment\n");
}

static void test_text_blocks(void) {
    tcase("@ block", "s = @END\nfirst line\n  second \"quoted\" \\ line\nEND;\nx",
          "s = \"first line\\n  second \\\"quoted\\\" \\\\ line\\n\" ; x", NULL);
    tcase("@@ block", "s = @@LINES\nalpha\n  beta\ngamma\nLINES;",
          "s = @@[\"alpha\",\"  beta\",\"gamma\"] ;", NULL);
    tcase("empty blocks", "a = @X\nX;\nb = @@Y\nY\n;", "a = \"\" ; b = @@[] ;", NULL);
    tcase("terminator needs line start and word end", "s = @END  \n END\nENDX\nEND\n",
          "s = \" END\\nENDX\\n\"", NULL);
    tcase("raw contents", "s = @T\n#include <x>\n/* c */ 'a\nT\n+ 1",
          "s = \"#include <x>\\n/* c */ 'a\\n\" + 1", NULL);
    tcase("text on the marker line", "s = @END abc\ndef\nEND",
          "s = \"abc\\ndef\\n\"", NULL);
    tcase("blocks next to strings", "f(X @E\nb\nE \"c\" @@F\nd\nF)",
          "f ( X \"b\\n\" \"c\" @@[\"d\"] )", NULL);
    tcase("block at EOF", "s = @END\nabc\n", "s = \"abc\\n\"", "/t.c:1: End of file in text block\n");
    tcase("no terminator", "s = @ x;", "s = x ;", "/t.c:1: Illegal terminator\n");
    tlines("lines after blocks", "a\nb = @E\n1\n2\nE;\nc\n@@F\nx\nF d\ne",
           "1:a 2:b = \"1\\n2\\n\" 5:; 6:c 7:@@[\"x\"] 9:d 10:e");
}

static void test_macros(void) {
    tcase("object and function macros",
          "#define SQUARE(x) ((x) * (x))\n#define MAX2(a, b) ((a) > (b) ? (a) : (b))\n"
          "#define EMPTY\n#define CUBE(x) (SQUARE(x) * (x))\n"
          "SQUARE(1 + 2) MAX2(3, 9) 7 EMPTY + 1 CUBE(3)",
          "( ( 1 + 2 ) * ( 1 + 2 ) ) ( ( 3 ) > ( 9 ) ? ( 3 ) : ( 9 ) ) 7 + 1 "
          "( ( ( 3 ) * ( 3 ) ) * ( 3 ) )", NULL);
    tcase("arguments with commas, brackets, strings",
          "#define P(a, b) [a|b]\nP((1, 2), \"x,y\") P(({1,2}), ([ 1:2 ])) P((: f, 1 :), 'x') P(f(a,b),)",
          "[ ( 1 , 2 ) | \"x,y\" ] [ ({ 1 , 2 } ) | ([ 1 : 2 ] ) ] [ (: f , 1 :) | 120 ] "
          "[ f ( a , b ) | ]", NULL);
    tcase("call opening with ({", "#define A(x) <x>\nA({1}) A(: x :)", "< { 1 } > < : x : >", NULL);
    tcase("arguments across lines and continued bodies",
          "#define SUM(a, b, c) \\\n  ((a) + \\\n   (b) + (c))\nSUM(1,\n 20,\n 300) SUM\n(1, 2, 3)",
          "( ( 1 ) + ( 20 ) + ( 300 ) ) ( ( 1 ) + ( 2 ) + ( 3 ) )", NULL);
    tcase("function macro without ( stays a name", "#define F(x) x\nF ; F(2) (F)",
          "F ; 2 ( F )", NULL);
    tcase("no self recursion", "#define foo foo + 1\n#define f(x) x * f(x)\n#define g f\n"
          "#define A B\n#define B A\nfoo; f(2); g(3); A B",
          "foo + 1 ; 2 * f ( 2 ) ; 3 * f ( 3 ) ; A B", NULL);
    tcase("nested calls of the same macro", "#define P(x) (x)\nP(P(P(1))) P()",
          "( ( ( 1 ) ) ) ( )", NULL);
    tcase("arguments are expanded first", "#define V 4\n#define ID(x) x\n#define TWICE(x) ID(x) ID(x)\n"
          "TWICE(V) ID(ID)(5)", "4 4 ID ( 5 )", NULL);
    tcase("stringify", "#define S(x) #x\n#define XS(x) S(x)\n#define V 42\n"
          "S(hello \"w\\n\" 'c') XS(V) S( a  +   b ) S()",
          "\"hello \\\"w\\\\n\\\" 'c'\" \"42\" \"a + b\" \"\"", NULL);
    tcase("paste", "#define CAT(a, b) a ## b\n#define CAT3(a, b, c) a##b##c\n#define V 1\n"
          "CAT(ab, cd) CAT(x, 1) CAT(, y) CAT(z, ) CAT(+, =) CAT(1, 2) CAT(V, V) CAT3(a, , c) CAT3(, , )",
          "abcd x1 y z += 12 VV ac", NULL);
    tcase("paste in object-like macro", "#define X a ## b\nX", "ab", NULL);
    tcase("pasted name expands again", "#define ab 7\n#define CAT(a, b) a ## b\nCAT(a, b)", "7", NULL);
    tcase("keyword as macro name", "#define private static\n#define status int\nprivate status x;",
          "%static %int x ;", NULL);
    tcase("wrong argument count", "#define F(a, b) a\nF(1) F(1, 2, 3) x",
          "x", "/t.c:2: Wrong number of macro arguments\n/t.c:2: Wrong number of macro arguments\n");
    tcase("unterminated call", "#define F(a) a\nF(1, (2)\n", "", "/t.c:2: Unterminated call of macro F\n");
    tcase("redefinition", "#define X 1\n#define X 1\n#define X 2\n#define X  2\nX",
          "2", "warning: /t.c:3: redefinition of #define X\n");
    tcase("undef", "#define X 1\n#undef X\nX\n#undef NEVER", "X", NULL);
    tcase("bad defines",
          "#define 3x\n#define F(a,\n#define G(a b) x\n#define H(a) ## a\n#define I(a) a ##\n#define\nok",
          "ok", "/t.c:1: Invalid macro name\n/t.c:2: Invalid macro argument\n"
          "/t.c:3: Missing ',' in #define parameter list\n/t.c:4: '##' at start of macro definition\n"
          "/t.c:5: '##' at end of macro definition\n/t.c:6: Invalid macro name\n");
    tcase("macro to text block marker is not a block", "#define E 1\nE", "1", NULL);
    tlines("expansion lines", "#define F(a, b) a b\nx\nF(1,\n2) y\nF(3,\n4)\nz",
           "2:x 3:1 2 4:y 5:3 4 7:z");
}

static void test_conditionals(void) {
    tcase("if elif else",
          "#define LEVEL 3\n#if LEVEL > 2 && LEVEL < 10\nmid\n#elif LEVEL >= 10\nhigh\n#else\nlow\n#endif\n"
          "#if 0\nno\n#elif 0\nno\n#elif 2\nyes\n#elif 1\nno\n#else\nno\n#endif\n"
          "#if 0\nno\n#else\nother\n#endif",
          "mid yes other", NULL);
    tcase("ifdef ifndef defined",
          "#define G 1\n#ifdef G\na\n#endif\n#ifndef G\nno\n#endif\n#ifdef NOPE\nno\n#else\nb\n#endif\n"
          "#if defined(G) && !defined NOPE && defined G\nc\n#endif\n#ifdef 0\nno\n#endif",
          "a b c", NULL);
    tcase("arithmetic",
          "#if (2 + 3) * 4 == 20 && (7 % 4) == 3 && (1 << 4) == 16 && 7 / 2 == 3 && -7 / 2 == -3\na\n#endif\n"
          "#if !0 && (0 || 1) && ~0 == -1 && -(1) < +1 && (1 ? 2 : 3) == 2 && (0 ? 2 : 3) == 3\nb\n#endif\n"
          "#if (5 & 3) == 1 && (5 | 3) == 7 && (5 ^ 3) == 6 && 256 >> 4 == 16 && 2 <= 2 && 3 >= 4 == 0\nc\n#endif\n"
          "#if 'a' == 97 && 0x10 == 16 && UNDEFINED == 0 && int == 0 && 1 != 2\nd\n#endif\n"
          "#if 9223372036854775807 > 0 && MAX_INT + 1 < 0 && 1 < 2 < 3\ne\n#endif\n",
          "a b c d e", NULL);
    tcase("nested and skipped",
          "#if 0\n#if 1\nno\n#else\nno\n#endif\n#ifdef X\n#elif\n#endif\n \"unterminated\n/* open\n#else\nyes\n#endif",
          "yes", NULL);
    tcase("indented directives", "  #  define SP 5\n\t# if SP == 5\nok\n  #endif\nSP", "ok 5", NULL);
    tcase("short circuit", "#if 0 && 1 / 0\n#endif\n#if 1 || 1 % 0\nok\n#endif\n#if 1 ? 1 : 1/0\n#endif",
          "ok", NULL);
    tcase("expression errors",
          "#if 1 +\n#endif\n#if (1\n#endif\n#if 1 2\n#endif\n#if \"s\"\n#endif\n#if\n#endif\n"
          "#if 1 / 0\n#endif\n#if defined(\n#endif\nend",
          "end", "/t.c:1: missing expression in #if\n/t.c:3: bracket not paired in #if\n"
          "/t.c:5: Condition too complex in #if\n/t.c:7: illegal character in #if\n"
          "/t.c:9: missing expression in #if\n/t.c:11: division by zero in #if\n"
          "/t.c:13: Missing ) in defined\n");
    tcase("stray directives", "#elif\n#else\n#endif\n#foo\n#\nx",
          "x", "/t.c:1: Unexpected #elif\n/t.c:2: Unexpected #else\n/t.c:3: Unexpected #endif\n"
          "/t.c:4: Unrecognised # directive\n");
    tcase("missing endif", "#if 1\na\n#if 0\nb\n", "a", "/t.c:3: Missing #endif\n/t.c:1: Missing #endif\n");
    tcase("comments in directives", "#define A 1 /* c\n */ + 1\n#if A == 2 // x\nok\n#endif /* \n */ y\nz",
          "ok z", NULL);
}

static void test_includes(void) {
    put("/include/a.h", "#ifndef A_H\n#define A_H\na_h\n#include \"b.h\"\n#endif\n");
    put("/include/b.h", "b_inc");
    put("/d/b.h", "b_d\n");
    put("/d/sub/c.h", "c_h\n#include \"../b.h\"\n#include \"/include/b.h\"\n");
    put("/d/self.h", "#include \"self.h\"\n");
    put("/d/t.c", "#include <a.h>\n#include <a.h>\n#include \"b.h\"\n#include \"sub/c.h\"\n"
        "#define HDR \"b.h\"\n#define HDR2 <b.h>\n#include HDR\n#include HDR2\n"
        "#include <../d/b.h>\n#include \"nope.h\"\n#include nope\nend");
    lex_file("/d/t.c", 0);
    check("include search", out, "a_h b_inc b_d c_h b_d b_inc b_d b_inc end");
    check("include search errors", msgs, "/d/t.c:9: Cannot #include ../d/b.h\n"
          "/d/t.c:10: Cannot #include nope.h\n/d/t.c:11: Missing leading \" or < in #include\n");
    put("/d/u.c", "#include \"self.h\"\nx");
    lex_file("/d/u.c", 0);
    check("include depth", out, "x");
    check("include depth error", msgs, "/d/self.h:1: Maximum include depth exceeded.\n");
    put("/d/v.c", "a\n#include \"b.h\"\nb\n#include \"sub/c.h\"\nc");
    lex_file("/d/v.c", 1);
    check("include lines", out, "1:a b_d 3:b 1:c_h b_d b_inc 5:c");
    put("/include/f.h", "__FILE__ __DIR__ __LINE__\n");
    put("/d/w.c", "\n#include <f.h>\n__FILE__ __DIR__ __LINE__");
    lex_file("/d/w.c", 1);
    check("__FILE__ in include is the compiled file", out,
          "1:\"/d/w.c\" \"/d/\" 1 3:\"/d/w.c\" \"/d/\" 3");
    lex_file("/d/missing.c", 0);
    check("missing main file", out, "<no lexer>");
    check("missing main file message", msgs, "/d/missing.c:0: Cannot open /d/missing.c\n");
    put("/include/g.h", "#define G \"global\"\n#pragma strict_types\n");
    compile_options.global_include = "<g.h>";
    tcase("global include", "G", "\"global\" pragmas=1", NULL);
    compile_options.global_include = NULL;
}

static void test_predefined(void) {
    tcase("2.7 predefines",
          "__VERSION__ __ARCH__ __COMPILER__ __SAVE_EXTENSION__ SIZEOFINT MAX_INT __PORT__ MUD_NAME\n"
          "#if defined(MUDOS) && defined(HAS_ED) && defined(HAS_PRINTF) && defined(HAS_RUSAGE)\nyes\n#endif\n"
          "#ifdef HAS_UIDS\nno\n#endif\n#ifdef HAS_SOCKETS\nno\n#endif\n#ifdef MUD_EMPTY\nempty\n#endif",
          "\"Hearth 0.1\" \"Linux\" \"gcc\" \".o\" 8 9223372036854775807 5555 \"tmi-2\" yes empty", NULL);
    tcase("extras", "__FILE__ __DIR__ __LINE__ MIN_INT MAX_FLOAT",
          "\"/t.c\" \"/\" 1 ( - 9223372036854775807 - 1 ) 1.79769e+308F", NULL);
    tcase("predefines are fixed", "#undef MUDOS\n#define MAX_INT 5\n#define __PORT__ 1\n#define FLUFFOS 7\n"
          "#define __FILE__ 2\nMAX_INT FLUFFOS __FILE__", "9223372036854775807 7 2",
          "/t.c:1: Illegal to #undef a predefined value.\n/t.c:2: Illegal to redefine predefined value.\n"
          "/t.c:3: Illegal to redefine predefined value.\nwarning: /t.c:5: redefinition of #define __FILE__\n");
}

static void test_directives(void) {
    tcase("pragmas", "#pragma strict_types\n#pragma save_binary\n#pragma warnings\n#pragma no_warnings\n"
          "#pragma optimize\n#pragma show_error_context\n#pragma bogus\nx", "x pragmas=3",
          "warning: /t.c:7: Unknown #pragma, ignored.\n");
    tcase("error echo warn", "#error Stop here  \n#echo hello, world\n#warn careful\nx", "x",
          "/t.c:1: Stop here\nwarning: /t.c:2: hello, world\nwarning: /t.c:3: careful\n");
    tcase("line is ignored", "#line 50\nx", "x", NULL);
    tlines("line numbers", "a\n/* 1\n2 */ b \"x\ny\" c\n\n#define M \\\n 1\n\n#if 0\n\n#endif\nd M",
           "1:a 3:b \"x\\ny\" 4:c 12:d 1");
    tcase("CRLF source", "#define X 1\r\n#if X\r\na\r\n#endif\r\ns = @E\r\nt\r\nE\r\nb",
          "a s = \"t\\x0d\\n\" b", NULL);
    tcase("no final newline", "#define X 3\nX", "3", NULL);
    tcase("directive at EOF", "a\n#endif", "a", "/t.c:2: Unexpected #endif\n");
}

int main(void) {
    static const char *inc[] = { "/include", NULL };
    static const char *defs[] = { "__PORT__=5555", "MUD_NAME=\"tmi-2\"", "MUD_EMPTY", NULL };
    char cmd[300];

    snprintf(root, sizeof root, "/tmp/test_lex.XXXXXX");
    if (!mkdtemp(root)) { perror("mkdtemp"); return 2; }
    str_init();
    compile_options.mudlib = root;
    compile_options.include_dirs = inc;
    compile_options.defines = defs;

    test_tokens();
    test_numbers();
    test_strings();
    test_text_blocks();
    test_macros();
    test_conditionals();
    test_includes();
    test_predefined();
    test_directives();

    str_shutdown();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
