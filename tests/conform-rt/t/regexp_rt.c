// regexp() on arrays and its flag forms, pcre-ish syntax 2.7 accepts,
// and reg_assoc's split/token lists.
#include <conform.h>

void create() {
    string *words = ({ "apple", "banana", "cherry", "avocado", "grape" });
    show("regexp ^a", regexp(words, "^a"));
    show("regexp an", regexp(words, "an"));
    show("regexp no match", regexp(words, "^z"));
    show("regexp flag 1 (indices)", regexp(words, "e$", 1));
    show("regexp flag 2 (non-matching)", regexp(words, "^a", 2));
    show("regexp flag 3", regexp(words, "^a", 3));
    show("regexp string form", regexp("hello world", "wor"));
    show("regexp string no match", regexp("hello world", "^wor"));
    show("regexp alternation", regexp(({ "cat", "dog", "cow" }), "cat|dog"));
    show("regexp class", regexp(({ "a1", "bb", "c3" }), "[0-9]"));
    show("regexp dot star", regexp(({ "ab", "axxb", "ba" }), "^a.*b$"));
    show("regexp word boundary", regexp(({ "the cat", "concat" }), "\\<cat"));
    show("regexp plus", regexp(({ "a", "aa", "b" }), "^a+$"));
    show("regexp question", regexp(({ "colour", "color", "colr" }), "^colou?r$"));
    show("regexp escaped dot", regexp(({ "a.b", "axb" }), "a\\.b"));
    show("regexp empty array", regexp(({ }), "x"));
    show("regexp skips non-strings", regexp(({ "ab", 1, "cb" }), "b"));
    show("regexp bad pattern", caught(catch(regexp(({ "a" }), "("))));
    show("reg_assoc words", reg_assoc("hello big world", ({ "[a-z]+" }), ({ 1 })));
    show("reg_assoc two patterns", reg_assoc("ab12cd3", ({ "[a-z]+", "[0-9]+" }), ({ "W", "N" })));
    show("reg_assoc default token", reg_assoc("x=1", ({ "[0-9]" }), ({ 7 }), -1));
    show("reg_assoc no match", reg_assoc("xyz", ({ "[0-9]" }), ({ 1 })));
    show("reg_assoc empty string", reg_assoc("", ({ "a" }), ({ 1 })));
    show("reg_assoc match whole", reg_assoc("aaa", ({ "a+" }), ({ 1 })));
    show("reg_assoc size mismatch", caught(catch(reg_assoc("a", ({ "a", "b" }), ({ 1 })))));
    done();
}
