// sprintf, fuzzed against 2.07 with random flags, widths, precisions, pad
// strings, column and table modes over random arguments. 2.7's result buffer
// holds at most 65535 bytes: a longer result is an error, and a %O text is
// cut to 65535 bytes. The flags '+' and ' ' together cancel out (no sign, no
// blank). Under %@, a table's column count is kept for the next element. A
// zero-padded %c of ' ' is not a signed number.
#include <conform.h>

#include "fuzz7.h"

void create() {
    mixed e, x, y, z, m, a1, a2, a3, a4, s, e2;

    string big = repeat_string("abcdefghij", 7000);

    // + and space together
    e = catch(x = sprintf("<%+ d>", id(5))); r("%+ d of 5", e, x);
    e = catch(x = sprintf("<% +d>", id(-5))); r("% +d of -5", e, x);
    e = catch(x = sprintf("<%+ 6i>", id(42))); r("%+ 6i of 42", e, x);
    e = catch(x = sprintf("<%-+ f>", id(1.5))); r("%-+ f of 1.5", e, x);
    e = catch(x = sprintf("<% +.2f>", id(0.0))); r("% +.2f of 0.0", e, x);
    e = catch(x = sprintf("<%@+ d>", id(({ 1, -2, 3 })))); r("%@+ d", e, x);
    e = catch(x = sprintf("<%+d|% d|%+ d>", id(7), id(7), id(7))); r("%+d % d %+ d", e, x);

    // %@ with a table: the column count carries over
    e = catch(x = sprintf("<%@#12s>", id(({ "ab", "cd" })))); r("%@#12s two words", e, x);
    e = catch(x = sprintf("<%@#12s", id(({ "ab", "cd", "ef" })))); r("%@#12s three words", e, x);
    e = catch(x = sprintf("<%@|#12s>", id(({ "ab", "cd" })))); r("%@|#12s", e, x);
    e = catch(x = sprintf("<%@-#12s>", id(({ "ab", "cd" })))); r("%@-#12s", e, x);
    e = catch(x = sprintf("<%@#12s>", id(({ "ab\ncd", "ef" })))); r("%@#12s, first has two words", e, x);
    e = catch(x = sprintf("<%@#20.2s>", id(({ "a", "b" })))); r("%@#20.2s", e, x);

    // %c is not a signed number
    e = catch(x = sprintf("<%+012c>", id(32))); r("%+012c of ' '", e, x);
    e = catch(x = sprintf("<%05c>", id('-'))); r("%05c of '-'", e, x);
    e = catch(x = sprintf("<%05c>", id('+'))); r("%05c of '+'", e, x);

    // the 65535-byte result buffer
    e = catch(x = sizeof(sprintf("%65535s", id("a")))); r("%65535s", e, x);
    e = catch(x = sizeof(sprintf("%65536s", id("a")))); r("%65536s", e, x);
    e = catch(x = sizeof(sprintf("%*s", id(100000), id("a")))); r("%*s width 100000", e, x);
    e = catch(x = sizeof(sprintf("%s", id(big)))); r("%s of 70000 bytes", e, x);
    e = catch(x = sizeof(sprintf("%s", id(big[0..65534])))); r("%s of 65535 bytes", e, x);
    e = catch(x = sizeof(sprintf("%s!", id(big[0..65534])))); r("%s! of 65535 bytes", e, x);
    e = catch(x = sizeof(sprintf("%s%s", id(big[0..39999]), id(big[0..39999])))); r("%s%s of 2 x 40000", e, x);
    e = catch(x = sprintf("%O", id(big))); r("%O of 70000 bytes: size", e, sizeof(x));
    e = catch(x = sprintf("%O", id(big))[<5..]); r("%O of 70000 bytes: tail", e, x);
    e = catch(x = sizeof(sprintf("%-=70s", id(big)))); r("%-=70s of 70000 bytes", e, x);
    e = catch(x = sizeof(sprintf("%-40s", id(big[0..39])))); r("%-40s of 40 bytes", e, x);

    // sampled from the fuzz runs (2.07 and Hearth agreed)
    e = catch(x = sprintf("[%ia%2fx y", id('\n'), id(2.0))); r("sprintf(\"[%ia%2fx y\", id('\\n'), id(2.0))", e, x);
    e = catch(x = sprintf("ab %=1.5'.'s|%8.10s|\n", id("alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta"), id("ends with space "))); r("sprintf(\"ab %=1.5'.'s|%8.10s|\\n\", id(\"alpha\\nbeta\\ngamma\\ndelta\\nepsilon\\nzeta\\neta\"), id(\"ends with space \"))", e, x);
    e = catch(x = sprintf(":%f]%'ab'.10o]%-|1Xa", id(0.25), id(0.0), id(1))); r("sprintf(\":%f]%'ab'.10o]%-|1Xa\", id(0.25), id(0.0), id(1))", e, x);
    e = catch(x = sprintf("<%s ", id(3))); r("sprintf(\"<%s \", id(3))", e, x);
    e = catch(x = sprintf(":%2.1O>", id(" x "))); r("sprintf(\":%2.1O>\", id(\" x \"))", e, x);
    e = catch(x = sprintf("<%|3X[% =.1ix y", id(-100), id(0))); r("sprintf(\"<%|3X[% =.1ix y\", id(-100), id(0))", e, x);
    e = catch(x = sprintf("%@-=12s<", id(({ "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta", "a\nbb\nccc\ndddd\neeeee" })))); r("sprintf(\"%@-=12s<\", id(({ \"alpha\\nbeta\\ngamma\\ndelta\\nepsilon\\nzeta\\neta\", \"a\\nbb\\nccc\\ndddd\\neeeee\" })))", e, x);
    e = catch(x = sprintf("x y%-|ix y", id(8))); r("sprintf(\"x y%-|ix y\", id(8))", e, x);
    e = catch(x = sprintf(">%s>%10.*s", id(0.5), id(-1), id(({ "a", "b" })))); r("sprintf(\">%s>%10.*s\", id(0.5), id(-1), id(({ \"a\", \"b\" })))", e, x);
    e = catch(x = sprintf(">%|5f%o<", id(1000.5), id(32))); r("sprintf(\">%|5f%o<\", id(1000.5), id(32))", e, x);
    e = catch(x = sprintf(">%=12.2s%*.2s%=*s<", id("  leading spaces here"), id(10), id("x"), id(15), id("  leading spaces here"))); r("sprintf(\">%=12.2s%*.2s%=*s<\", id(\"  leading spaces here\"), id(10), id(\"x\"), id(15), id(\"  leading spaces here\"))", e, x);
    e = catch(x = sprintf("%|#12s | end\n", id("ends with space "))); r("sprintf(\"%|#12s | end\\n\", id(\"ends with space \"))", e, x);
    e = catch(x = sprintf("%-#12s end\n", id("trailing\n"))); r("sprintf(\"%-#12s end\\n\", id(\"trailing\\n\"))", e, x);
    e = catch(x = sprintf(" %10f% #.5f", id(0.0))); r("sprintf(\" %10f% #.5f\", id(0.0))", e, x);
    e = catch(x = sprintf("]%.1f[%.*O%*ix y", id(0.25), id(3), id(1), id(1), id(8))); r("sprintf(\"]%.1f[%.*O%*ix y\", id(0.25), id(3), id(1), id(1), id(8))", e, x);
    e = catch(x = sprintf("%=12.5'ab's<", id("word  double  spaced  text"))); r("sprintf(\"%=12.5'ab's<\", id(\"word  double  spaced  text\"))", e, x);
    e = catch(x = sprintf("ab %*'.'s\n", id(10), id("averyveryverylongwordwithoutspaces and more"))); r("sprintf(\"ab %*'.'s\\n\", id(10), id(\"averyveryverylongwordwithoutspaces and more\"))", e, x);
    e = catch(x = sprintf("%=s:%-#3i%#.5d>", id("1.5"), id(""), id(1))); r("sprintf(\"%=s:%-#3i%#.5d>\", id(\"1.5\"), id(\"\"), id(1))", e, x);
    e = catch(x = sprintf("a%.3x", id(-2147483648))); r("sprintf(\"a%.3x\", id(-2147483648))", e, x);
    e = catch(x = sprintf("[%|20xx y%oa%+% ", id("ABC"), id(-100))); r("sprintf(\"[%|20xx y%oa%+% \", id(\"ABC\"), id(-100))", e, x);
    e = catch(x = sprintf(">%0|.10f", id(2.0))); r("sprintf(\">%0|.10f\", id(2.0))", e, x);
    e = catch(x = sprintf(">%#30.2'ab's | \n", id("  leading spaces here"))); r("sprintf(\">%#30.2'ab's | \\n\", id(\"  leading spaces here\"))", e, x);
    e = catch(x = sprintf(":%f % =1fa", id(1.5), id(1))); r("sprintf(\":%f % =1fa\", id(1.5), id(1))", e, x);
    e = catch(x = sprintf("]%+'.'.3f:", id(1.5))); r("sprintf(\"]%+'.'.3f:\", id(1.5))", e, x);
    e = catch(x = sprintf("ab %=20.1'ab's %#*.3'ab's\n", id("averyveryverylongwordwithoutspaces and more"), id(6), id("  leading spaces here"))); r("sprintf(\"ab %=20.1'ab's %#*.3'ab's\\n\", id(\"averyveryverylongwordwithoutspaces and more\"), id(6), id(\"  leading spaces here\"))", e, x);
    e = catch(x = sprintf(" %|.*f<%010.10sx y", id(2), id(-2.25), id("a"))); r("sprintf(\" %|.*f<%010.10sx y\", id(2), id(-2.25), id(\"a\"))", e, x);
    e = catch(x = sprintf("x y%'*'O]%x", id(65), id(32))); r("sprintf(\"x y%'*'O]%x\", id(65), id(32))", e, x);
    e = catch(x = sprintf("x y%.2xx y%0f>", id(8), id(3))); r("sprintf(\"x y%.2xx y%0f>\", id(8), id(3))", e, x);
    e = catch(x = sprintf("%5.1'ab'send\n", id("alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta"))); r("sprintf(\"%5.1'ab'send\\n\", id(\"alpha\\nbeta\\ngamma\\ndelta\\nepsilon\\nzeta\\neta\"))", e, x);
    e = catch(x = sprintf("%@-12s<", id(({ "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13", "  leading spaces here" })))); r("sprintf(\"%@-12s<\", id(({ \"1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\", \"  leading spaces here\" })))", e, x);
    e = catch(x = sprintf("%-*.1'.'s\n", id(10), id("trailing\n"))); r("sprintf(\"%-*.1'.'s\\n\", id(10), id(\"trailing\\n\"))", e, x);
    e = catch(x = sprintf("[%-|i %|1i", id((-9223372036854775807 - 1)))); r("sprintf(\"[%-|i %|1i\", id((-9223372036854775807 - 1)))", e, x);
    e = catch(x = sprintf("ab %|=1s|%|=8.3s\n%|=5.2s\n<", id("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13"), id("one\ntwo\nthree"), id("the quick brown fox jumps over the lazy dog"))); r("sprintf(\"ab %|=1s|%|=8.3s\\n%|=5.2s\\n<\", id(\"1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\"), id(\"one\\ntwo\\nthree\"), id(\"the quick brown fox jumps over", e, x);
    e = catch(x = sprintf(">%|=12.10s", id("line one\n\nline three"))); r("sprintf(\">%|=12.10s\", id(\"line one\\n\\nline three\"))", e, x);
    e = catch(x = sprintf("<%#d[", id(-1))); r("sprintf(\"<%#d[\", id(-1))", e, x);
    e = catch(x = sprintf("a%+#=f%='.'xa%-20%a", id(0), id(3))); r("sprintf(\"a%+#=f%='.'xa%-20%a\", id(0), id(3))", e, x);
    e = catch(x = sprintf("%@-=8s<", id(({ "line one\n\nline three", "x" })))); r("sprintf(\"%@-=8s<\", id(({ \"line one\\n\\nline three\", \"x\" })))", e, x);
    e = catch(x = sprintf("%8s%*c>", id("abc"), id(0))); r("sprintf(\"%8s%*c>\", id(\"abc\"), id(0))", e, x);
    e = catch(x = sprintf("<%- 0'.'.*X>", id(3), id(65536))); r("sprintf(\"<%- 0'.'.*X>\", id(3), id(65536))", e, x);
    e = catch(x = sprintf("%@-=12s<", id(({ "line one\n\nline three", "ends with space " })))); r("sprintf(\"%@-=12s<\", id(({ \"line one\\n\\nline three\", \"ends with space \" })))", e, x);
    e = catch(x = sprintf("a%|1.3i ", id(8))); r("sprintf(\"a%|1.3i \", id(8))", e, x);
    e = catch(x = sprintf("ab %=12.2s|%|=1s|%-10.10send\n", id("  leading spaces here"), id("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13"), id("ends with space "))); r("sprintf(\"ab %=12.2s|%|=1s|%-10.10send\\n\", id(\"  leading spaces here\"), id(\"1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\"), id(\"ends with space \"))", e, x);
    e = catch(x = sprintf("<% #3d<%-+f", id(1000), id(3.0))); r("sprintf(\"<% #3d<%-+f\", id(1000), id(3.0))", e, x);
    e = catch(x = sprintf("%|#5.5'.'s\n", id("alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta"))); r("sprintf(\"%|#5.5'.'s\\n\", id(\"alpha\\nbeta\\ngamma\\ndelta\\nepsilon\\nzeta\\neta\"))", e, x);
    e = catch(x = sprintf("a%8d %ca", id(2147483647), id(4294967296))); r("sprintf(\"a%8d %ca\", id(2147483647), id(4294967296))", e, x);
    e = catch(x = sprintf("%-=8.10s\n%-=*.2s | <", id("line one\n\nline three"), id(6), id("supercalifragilistic word"))); r("sprintf(\"%-=8.10s\\n%-=*.2s | <\", id(\"line one\\n\\nline three\"), id(6), id(\"supercalifragilistic word\"))", e, x);
    e = catch(x = sprintf(" %f", id("a"))); r("sprintf(\" %f\", id(\"a\"))", e, x);
    e = catch(x = sprintf("a%*s>", id(0), id(2))); r("sprintf(\"a%*s>\", id(0), id(2))", e, x);
    e = catch(x = sprintf("<%s %+ *fa%+=1.10fa", id("abc"), id(5), id(2), id(1.5))); r("sprintf(\"<%s %+ *fa%+=1.10fa\", id(\"abc\"), id(5), id(2), id(1.5))", e, x);
    e = catch(x = sprintf("<%-s% #*.10f<", id(5), id(1), id(-0.125))); r("sprintf(\"<%-s% #*.10f<\", id(5), id(1), id(-0.125))", e, x);
    e = catch(x = sprintf(">%s>", id("hello world"))); r("sprintf(\">%s>\", id(\"hello world\"))", e, x);
    e = catch(x = sprintf("a% .5d%d<", id(256), id('\n'))); r("sprintf(\"a% .5d%d<\", id(256), id('\\n'))", e, x);
    e = catch(x = sprintf(">%12.3s end\n", id("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13"))); r("sprintf(\">%12.3s end\\n\", id(\"1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\"))", e, x);
    e = catch(x = sprintf(" %o>", id(4294967296))); r("sprintf(\" %o>\", id(4294967296))", e, x);
    e = catch(x = sprintf("]%-+#i %- 20.2c:", id(100), id(1000))); r("sprintf(\"]%-+#i %- 20.2c:\", id(100), id(1000))", e, x);
    e = catch(x = sprintf("%#10'.'s\n%-=10.3s\n", id("a b c d e f g h i j k l m n o p"), id("one\ntwo\nthree"))); r("sprintf(\"%#10'.'s\\n%-=10.3s\\n\", id(\"a b c d e f g h i j k l m n o p\"), id(\"one\\ntwo\\nthree\"))", e, x);
    e = catch(x = sprintf(">%=8.2s\n%|#10.1s | ", id("ends with space "), id("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13"))); r("sprintf(\">%=8.2s\\n%|#10.1s | \", id(\"ends with space \"), id(\"1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n13\"))", e, x);
    e = catch(x = sprintf("[%1.1s%.*o>", id(" x "), id(2), id(-1))); r("sprintf(\"[%1.1s%.*o>\", id(\" x \"), id(2), id(-1))", e, x);
    e = catch(x = sprintf("]%+#12s>", id("abc"))); r("sprintf(\"]%+#12s>\", id(\"abc\"))", e, x);
    e = catch(x = sprintf("%|#8.5s | %-=5.1s\n", id("a\nbb\nccc\ndddd\neeeee"), id("the quick brown fox jumps over the lazy dog"))); r("sprintf(\"%|#8.5s | %-=5.1s\\n\", id(\"a\\nbb\\nccc\\ndddd\\neeeee\"), id(\"the quick brown fox jumps over the lazy dog\"))", e, x);
    done();
}
