// restore_variable on text that is not quite what save_variable writes.
// 2.7 reads a container in two passes: the first checks only its shape
// (quotes, brackets, a delimiter after each element) and counts elements;
// the second trusts those counts, reads each element by its first
// character, lets a number swallow the character after it and skips two
// characters to close an array or class. Malformed text therefore often
// comes back as a value, and the kind of error decides whether there is one
// at all: a bad class is 0 without an error, a mapping whose shape the
// first pass rejects is an int without an error (2.7 leaves garbage in it,
// so only its type is shown).
#include <conform.h>

void try(string label, string text) {
    mixed r, e;
    e = catch(r = restore_variable(text));
    if (e) show(label, caught(e));
    else show(label, ({ r, typeof(r) }));
}

void try_type(string label, string text) {
    mixed r, e;
    e = catch(r = restore_variable(text));
    show(label, e ? caught(e) : typeof(r));
}

void create() {
    // numbers at the top: the rest of the text is ignored
    try("int then junk", "12abc");
    try("int then container", "3({1,})");
    try("float without digits after the point", "1.");
    try("negative float without digits", "-1.");
    try("exponent with sign", "1e+2");
    try("fraction and exponent", "1.5e-1");
    try("upper-case E ends the number", "1E5");
    try("exponent without sign", "1e5");
    try("lone minus", "-");
    try("minus minus", "--1");
    try("plus sign", "+1");
    try("leading point", ".5");
    try("hex looks like 0", "0x10");
    // anything else at the top is 0
    try("empty text", "");
    try("leading space", " 1");
    try("word", "abc");
    try("closer first", "})");
    // strings at the top must end the text
    try("string", "\"a b\"");
    try("string then space", "\"a\" ");
    try("string then more", "\"a\"\"b\"");
    try("CR in a string is a newline", "\"a\rb\"");
    try("escaped CR stays CR", "\"a\\\rb\"");
    try("escaped quote", "\"a\\\"b\"");
    try("escaped letter", "\"\\q\"");
    try("unterminated string", "\"abc");
    // arrays: what the second pass makes of odd elements
    try("number eats the next character", "({1x2,})");
    try("number then space", "({1 ,})");
    try("space before number", "({ 1,})");
    try("class closer ends an array", "({1,/)");
    try("array closer ends a class", "(/1,})");
    try("text after the array", "({1,2,})xyz");
    try("missing last comma", "({\"x\",\"y\"})");
    try("empty elements", "({,,1,})");
    try("float without digits inside", "({1.,})");
    try("second point ends a float", "({1.5.5,})");
    try("e after exponent", "({1e+2e,})");
    try("quote right after string", "({\"a\"x,})");
    try("unterminated string inside", "({\"1/]Y,}):");
    try("nested arrays", "({1,({2,}),({3,}),})");
    try("nested mappings", "({([]),([1:({}),]),})");
    try("class inside array without comma", "({(/1,/)})");
    try("comma after the closer", "({1,},)");
    try("unterminated array", "({1,2");
    try("minus alone inside", "({-,})");
    // mappings
    try("empty key and value", "([:,])");
    try("two pairs", "([1:2,3:4,])");
    try("duplicate key: last wins", "([\"a\":1,\"a\":2,])");
    try("three parts", "([1:2:3,])");
    try("bad key", "([x:1,])");
    try("bad value", "([1:x,])");
    try("nested mapping value", "([\"m\":([\"n\":({1,}),]),])");
    try_type("mapping missing its closer", "([1:2,3:4,]");
    try_type("mapping without the last comma", "([1:2])");
    try_type("mapping opener only", "([");
    try_type("mapping opener and key", "([1:");
    // classes: a bad class is 0 and no error
    try_type("class", "(/1,\"a\",/)");
    try("class opener only", "(/");
    try("class with bad element", "(/1,x/)");
    try("class holding an array", "(/({1,2,3}),/)");
    try("array holding a bad class", "({(/1,x/),})");
    try("class holding a bad array", "(/({1x,/)");
    // other openers
    try("paren then letter", "(x");
    try("lone paren", "(");
    done();
}
