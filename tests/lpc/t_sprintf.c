// sprintf() and printf(): conversions, field widths, alignment, pad strings,
// '*' arguments, '@' arrays, column (=) and table (#) modes, %O, and errors.
#include <test.h>

// ({ format, argument, expected })
void check_all(mixed *cases) {
    foreach (mixed *c in cases)
        expect(sprintf(c[0], c[1]), c[2], sprintf("sprintf(%O, %O)", c[0], c[1]));
}

void test_integers() {
    check_all(({
        ({ "%d", 42, "42" }), ({ "%d", -42, "-42" }), ({ "%i", 17, "17" }),
        ({ "%d", 0, "0" }), ({ "%5d", 42, "   42" }), ({ "%-5d|", 42, "42   |" }),
        ({ "%|7d|", 42, "   42  |" }), ({ "%+d", 42, "+42" }), ({ "% d", 42, " 42" }),
        ({ "%+d", -42, "-42" }), ({ "%05d", 42, "00042" }), ({ "%05d", -42, "-0042" }),
        ({ "%+05d", 42, "+0042" }), ({ "%.3d", 7, "007" }),
        ({ "%d", 9223372036854775807, "9223372036854775807" }),
        ({ "%o", 8, "10" }), ({ "%o", 511, "777" }), ({ "%x", 255, "ff" }),
        ({ "%X", 255, "FF" }), ({ "%x", 3054, "bee" }), ({ "%4x|", 10, "   a|" }),
        ({ "%x", -1, "ffffffff" }), ({ "%c", 65, "A" }), ({ "%3c|", 66, "  B|" }),
    }));
    // A left-justified number at the end of the format is not padded (2.7).
    expect(sprintf("%-5d", 42), "42", "no trailing pad at the end");
    expect(sprintf("%c%c", 72, 105), "Hi", "two chars");
}

void test_floats() {
    check_all(({
        ({ "%f", 1.25, "1.250000" }), ({ "%.2f", 1.257, "1.26" }),
        ({ "%10.2f|", -3.5, "     -3.50|" }), ({ "%-10.1f|", 2.3125, "2.3       |" }),
        ({ "%.0f", 2.5 + 0.5, "3" }), ({ "%+.1f", 1.0, "+1.0" }), ({ "%07.2f", -1.5, "-001.50" }),
        ({ "%e", 1.5, "1.500000e+00" }), ({ "%.2E", 12345.0, "1.23E+04" }),
        ({ "%g", 0.5, "0.5" }), ({ "%G", 1e20, "1E+20" }),
    }));
}

void test_strings() {
    check_all(({
        ({ "%s", "text", "text" }), ({ "%s", "", "" }), ({ "%s", 0, "0" }),
        ({ "%10s|", "right", "     right|" }), ({ "%-10s|", "left", "left      |" }),
        ({ "%|10s|", "mid", "    mid   |" }), ({ "%|9s|", "mid", "   mid   |" }),
        ({ "%-|10s|", "mid", "   mid    |" }), ({ "%.3s", "truncated", "tru" }),
        ({ "%8.3s|", "truncated", "     tru|" }), ({ "%5s|", "", "     |" }),
        ({ "%2s|", "longer than width", "longer than width|" }),
        ({ "%-6s", "ab", "ab    " }), ({ "%-6s", "ab\n", "ab\n" }),
    }));
    expect(sprintf("%%"), "%", "%%");
    expect(sprintf("100%% sure %d", 1), "100% sure 1", "%% in text");
    expect(sprintf("%s=%d (%x)", "n", 26, 26), "n=26 (1a)", "several arguments");
    expect(sprintf("a\nb %s\n", "c"), "a\nb c\n", "newlines in the format");
}

void test_pads_and_stars() {
    check_all(({
        ({ "%'*'10s", "pad", "*******pad" }), ({ "%'-='12s", "abc", "-=-=-=-=-abc" }),
        ({ "%-'.'10s|", "dots", "dots......|" }), ({ "%|'<>'11s|", "c", "<><><c<><><|" }),
        ({ "%'\\''5s", "q", "''''q" }), ({ "%'0'5s", "ab", "000ab" }),
    }));
    expect(sprintf("%*d|", 6, 7), "     7|", "width from *");
    expect(sprintf("%-*s|", 6, "ab"), "ab    |", "left width from *");
    expect(sprintf("%.*f", 3, 2.0), "2.000", "precision from *");
    expect(sprintf("%*.*s|", 5, 2, "abcdef"), "   ab|", "width and precision from *");
    expect(sprintf("%:4s|", "abcdef"), "abcd|", ":n is width and precision");
    expect(sprintf("%*d|", -3, 1), "1|", "negative * width is 0");
}

void test_arrays() {
    expect(sprintf("%@d", ({ 1, 2, 3 })), "123", "%@d");
    expect(sprintf("%@-4d|", ({ 1, 22, 333 })), "1   22  333 |", "%@-4d");
    expect(sprintf("[%@s]", ({ "a", "b" })), "[ab]", "%@s");
    expect(sprintf("[%@s]", ({ })), "[]", "%@s of an empty array");
    expect(sprintf("%@O", ({ 1, "x" })), "1\"x\"", "%@O renders every element");
    expect(sprintf("%@5s|", ({ "a", "b" })), "    a    b|", "%@5s");
}

void test_columns() {
    string words = "the quick brown fox jumps over the lazy dog";
    expect(sprintf("%-=12s", words), "the quick\nbrown fox\njumps over\nthe lazy dog", "%-=12s");
    expect(sprintf("%=12s", words), "   the quick\n   brown fox\n  jumps over\nthe lazy dog", "%=12s");
    expect(sprintf("%-=10s | %-=8s", "alpha beta gamma delta", "one two three"),
           "alpha beta | one two\ngamma        three\ndelta", "two columns side by side");
    expect(sprintf("%-=5s\n", "ab cd ef"), "ab cd\nef\n", "column then newline");
    expect(sprintf("x%-=5sy\n", "ab cd ef"), "xab cdy\n ef\n", "column after text");
    expect(sprintf("%-=4s", "abcdefghij"), "abcd\nefgh\nij", "long words are cut");
    expect(sprintf("%-=6.3s|", "ab cd"), "ab    |\ncd", "precision is the wrap width");
    expect(sprintf("%-=10s", "one\ntwo"), "one\ntwo", "newlines in column text");
    expect(sprintf("%-=5s|", " verylongword"), "     |\nveryl\nongwo\nrd", "leading blank (2.7)");
    expect(sprintf("%-=5s", "ab\n verylongword"), "ab\n very\nlongw\nord", "indented long word ends");
}

void test_tables() {
    string list = "one\ntwo\nthree\nfour\nfive\nsix\nseven";
    expect(sprintf("%#-20s", list), "one       five\ntwo       six\nthree     seven\nfour      ", "%#-20s");
    expect(sprintf("%#-30.3s", list),
           "one       four      seven\ntwo       five      \nthree     six       ", "%#-30.3s");
    expect(sprintf("%#-20.2s|", "a\nb\nc"), "a         c|\nb         ", "last table column is not padded");
    expect(sprintf("%#10.1s", "x\ny"), "         x\n         y", "one right-justified column");
}

void test_lpc_values() {
    expect(sprintf("%O", 12), "12", "%O int");
    expect(sprintf("%O", "txt"), "\"txt\"", "%O string");
    expect(sprintf("%O", "a\"b"), "\"a\"b\"", "%O string is not escaped");
    expect(sprintf("%O", 0.5), "0.500000", "%O float");
    expect(sprintf("%O", ({ })), "({ })", "%O empty array");
    expect(sprintf("%O", ([ ])), "([ ])", "%O empty mapping");
    expect(sprintf("%O", ({ 1, "two", ({ 3 }) })),
           "({ /* sizeof() == 3 */\n  1,\n  \"two\",\n  ({ /* sizeof() == 1 */\n    3\n  })\n})",
           "%O nested array");
    expect(sprintf("%O", ([ "k": ({ 1 }) ])),
           "([ /* sizeof() == 1 */\n  \"k\" : ({ /* sizeof() == 1 */\n      1\n    }),\n])",
           "%O mapping");
    expect(sprintf("%O", this_object()), "/" + explode(file_name(this_object()), "/")[<1],
           "%O object");
    expect(sprintf("%O", (: write, "x" :)), "(: write, \"x\" :)", "%O efun pointer");
    expect(sprintf("%O", (: $1 + $2 :)), "(: <code>($1, $2) :)", "%O functional");
    expect(sprintf("%10O|", 5), "         5|", "%O in a field");
}

void test_errors() {
    expect_error(catch(sprintf("%d", "x")), "Incorrect argument type to %d", "%d of a string");
    expect_error(catch(sprintf("%f", 1)), "Incorrect argument type to %f", "%f of an int");
    expect_error(catch(sprintf("%s", 3)), "Incorrect argument to type %s", "%s of an int");
    expect_error(catch(sprintf("%d %d", 1)), "More arguments specified than passed", "too few");
    expect_error(catch(sprintf("%y", 1)), "Error in format string", "unknown conversion");
    expect_error(catch(sprintf("%.d", 1)), "Expected precision not found", "lone .");
    expect_error(catch(sprintf("%=s", "a")), "requires a field size", "column without width");
    expect_error(catch(sprintf("%@d", 1)), "Array expected", "@ without an array");
    expect_error(catch(sprintf("%*d", "a", 1)), "Incorrect argument type to *", "* of a string");
    expect_error(catch(sprintf("%'ab", "x")), "Unexpected end of format string", "open pad");
    expect_error(catch(sprintf("%''s", "x")), "Null pad string", "empty pad");
}

void test_printf() {
    expect(catch(printf("%s", "")), 0, "printf runs");
    expect_error(catch(printf("%d", "x")), "Incorrect argument type", "printf errors like sprintf");
}
