// Included by preproc3.c: __FILE__ and __DIR__ inside an included file.
#ifndef INC_GUARD
#define INC_GUARD 1
#define INC_FILE __FILE__
string inc_file() { return __FILE__; }
string inc_dir() { return __DIR__; }
#else
#define INC_TWICE 1
#endif
