/*
 * efun_words.c — the English-text helpers of FluffOS 2.7's contrib
 * package: pluralize, query_num, and repeat_string.
 *
 * pluralize(noun phrase): only the last word of the part before " of "
 * changes ("a pair of boots" -> "pairs of boots", the "a "/"an " dropped);
 * irregular nouns come from a table, the rest from suffix rules (box ->
 * boxes, lady -> ladies, wolf -> wolves, knife -> knives, cactus -> cacti,
 * fireman -> firemen ...), exactly as 2.7's list has them.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "../vm/limits.h"
#include "../vm/vm.h"
#include "efun.h"

/* ---------------------------------------------------------------- plurals */

#define SAME ((const char *)0)      /* plural equals singular */

/* Irregular words (compared without case): drop `chop` bytes, add `add`. */
static const struct irregular { const char *word; int chop; const char *add; } irregulars[] = {
    { "are", 3, "is" },      { "bus", 0, "es" },       { "bonus", 0, "es" },
    { "child", 0, "ren" },   { "cliff", 0, "s" },      { "datum", 2, "a" },
    { "die", 1, "ce" },      { "deer", 0, SAME },      { "do", 0, "es" },
    { "dynamo", 0, "s" },    { "foot", 3, "eet" },     { "fish", 0, SAME },
    { "forum", 2, "a" },     { "fife", 0, "s" },       { "goose", 4, "eese" },
    { "go", 0, "es" },       { "gum", 0, "s" },        { "giraffe", 0, "s" },
    { "human", 0, "s" },     { "have", 2, "s" },       { "index", 2, "ices" },
    { "louse", 4, "ice" },   { "lotus", 0, "s" },      { "mackerel", 0, SAME },
    { "moose", 0, SAME },    { "mouse", 4, "ice" },    { "matrix", 1, "ces" },
    { "ox", 0, "en" },       { "pants", 0, SAME },     { "quaff", 0, "s" },
    { "roof", 0, "s" },      { "sniff", 0, "s" },      { "sheep", 0, SAME },
    { "sphinx", 1, "ges" },  { "staff", 2, "ves" },    { "safe", 0, "s" },
    { "shaman", 0, "s" },    { "thief", 1, "ves" },    { "tooth", 4, "eeth" },
    { "talisman", 0, "s" },  { "vax", 0, "en" },       { "virus", 0, "es" },
    { "was", 2, "ere" },
};

static int is_vowel(char c) { return c && strchr("aeiou", c); }

/* The suffix rules for a word ending at w[n-1] (n >= 1; w[n-2] may be a
 * blank of an earlier word, as in 2.7): sets *chop, returns the suffix. */
static const char *suffix_rule(const char *w, size_t n, int *chop) {
    char last = w[n - 1], prev = n > 1 ? w[n - 2] : '\0';
    char lprev = (char)(prev | 0x20);
    *chop = 0;
    switch (last | 0x20) {
    case 'e':
        if (lprev == 'f' && prev) { *chop = 2; return "ves"; }
        return "s";
    case 'f':
        if (prev && lprev == 'e') return "s";
        *chop = prev && lprev == 'f' ? 2 : 1;
        return "ves";
    case 'h': return prev == 'c' || prev == 's' ? "es" : "s";
    case 'n':
        if (n > 2 && prev == 'a' && w[n - 3] == 'm') { *chop = 3; return "men"; }
        return "s";
    case 'o': return prev && prev != 'o' ? "es" : "s";
    case 's':
        if (prev == 'i') { *chop = 2; return "es"; }
        if (prev == 'u') { *chop = 2; return "i"; }
        return prev == 'a' || prev == 'e' || prev == 'o' ? "ses" : "es";
    case 'x': return "es";
    case 'y':
        if (prev && !is_vowel(prev)) { *chop = 1; return "ies"; }
        return "s";
    case 'z': return is_vowel(prev) ? "zes" : "es";
    default: return "s";
    }
}

static lstr *pluralize(const lstr *s) {
    const char *str = s->data, *of = strstr(str, " of ");
    size_t len = of ? (size_t)(of - str) : s->len, skip = 0;
    if ((str[0] == 'a' || str[0] == 'A') && len > 1 && str[1] == ' ') skip = 2;
    else if ((str[0] == 'a' || str[0] == 'A') && len > 2 && str[1] == 'n' && str[2] == ' ') skip = 3;
    const char *pre = str + skip;
    size_t plen = len - skip;
    const char *word = pre;
    for (size_t i = plen; i-- > 0;)
        if (pre[i] == ' ') { word = pre + i + 1; break; }
    size_t wlen = plen - (size_t)(word - pre);
    int chop = 0;
    const char *add = "s";
    int irregular = 0;
    for (size_t i = 0; i < sizeof irregulars / sizeof *irregulars; i++) {
        if (wlen == strlen(irregulars[i].word) && !strncasecmp(word, irregulars[i].word, wlen)) {
            chop = irregulars[i].chop;
            add = irregulars[i].add ? irregulars[i].add : "";
            irregular = 1;
            break;
        }
    }
    if (!irregular && plen) add = suffix_rule(pre, plen, &chop);
    size_t keep = plen - (size_t)chop, alen = strlen(add), olen = of ? s->len - len : 0;
    lstr *r = str_alloc(keep + alen + olen);
    memcpy(r->data, pre, keep);
    memcpy(r->data + keep, add, alen);
    if (olen) memcpy(r->data + keep + alen, of, olen);
    return r;
}

void f_pluralize(svalue *argv, int argc, svalue *ret) {
    if (!argv[0].u.s->len) { sv_set_int(ret, 0); return; }
    sv_set_str(ret, pluralize(argv[0].u.s));
}

/* ---------------------------------------------------------------- numbers */

/* n (0..99) in words: "zero", "eleven", "forty-two". */
static void number_words(char *buf, size_t cap, int64_t n) {
    static const char *const ones[] = { "", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve",
                                        "thirteen", "fourteen", "fifteen", "sixteen",
                                        "seventeen", "eighteen", "nineteen" };
    static const char *const tens[] = { "", "", "twenty", "thirty", "forty", "fifty",
                                        "sixty", "seventy", "eighty", "ninety" };
    size_t l = strlen(buf);
    if (!n) snprintf(buf + l, cap - l, "zero");
    else if (n < 20) snprintf(buf + l, cap - l, "%s", ones[n]);
    else snprintf(buf + l, cap - l, "%s%s%s", tens[n / 10], n % 10 ? "-" : "", ones[n % 10]);
}

static void append(char *buf, size_t cap, const char *s) {
    size_t l = strlen(buf);
    snprintf(buf + l, cap - l, "%s", s);
}

/* query_num(n, limit): n in English words ("one thousand, two hundred and
 * five"); "many" when n < 0, n > 99999 or n > limit (a non-zero limit). */
void f_query_num(svalue *argv, int argc, svalue *ret) {
    int64_t n = argv[0].u.n, limit = argc > 1 ? argv[1].u.n : 0;
    char buf[100] = "";
    if ((limit && n > limit) || n < 0 || n > 99999) { sv_set_str(ret, str_newz("many")); return; }
    int started = 0;
    if (n >= 1000) {
        number_words(buf, sizeof buf, n / 1000);
        append(buf, sizeof buf, " thousand");
        n %= 1000;
        started = 1;
        if (!n) { sv_set_str(ret, str_newz(buf)); return; }
    }
    if (n >= 100) {
        int64_t h = n / 100;
        n %= 100;
        if (started) append(buf, sizeof buf, n ? ", " : " and ");
        number_words(buf, sizeof buf, h);
        append(buf, sizeof buf, " hundred");
        if (!n) { sv_set_str(ret, str_newz(buf)); return; }
        started = 1;
    }
    if (started) append(buf, sizeof buf, " and ");
    number_words(buf, sizeof buf, n);
    sv_set_str(ret, str_newz(buf));
}

/* ----------------------------------------------------------------- repeat */

/* repeat_string(s, n): n copies of s, as many as fit the string limit;
 * "" for n <= 0. */
void f_repeat_string(svalue *argv, int argc, svalue *ret) {
    lstr *s = argv[0].u.s;
    int64_t n = argv[1].u.n;
    if (n > 0 && s->len && (uint64_t)n > (uint64_t)limit_string_length / s->len)
        n = limit_string_length / (int64_t)s->len;
    if (n <= 0 || !s->len) { sv_set_str(ret, str_ref(str_empty)); return; }
    if (n == 1) { sv_set_str(ret, str_ref(s)); return; }
    lstr *r = str_alloc(s->len * (size_t)n);
    for (int64_t i = 0; i < n; i++) memcpy(r->data + (size_t)i * s->len, s->data, s->len);
    sv_set_str(ret, r);
}
