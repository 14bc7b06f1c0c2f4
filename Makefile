# Hearth — build, run and test.
#   make            build ./hearth (optimised)
#   make run        build and run the bundled mud
#   make test       build and run every test (LPC suite, C unit tests, sanitizer pass)
#   make lint       static analysis of src/ with cppcheck
#   make asan       build ./hearth-asan (ASan + UBSan)
#   make bench      run the benchmarks against Lua 5.4
#   make deps       install the Debian packages the build and tests need (as root)

CC      ?= cc
CSTD    := -std=c11 -D_GNU_SOURCE
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter -Wshadow=local -Wstrict-prototypes
OPT     ?= -O2 -g
LIBS    := -lpcre2-8 -lcrypt -lm
SRC     := $(sort $(wildcard src/*.c src/*/*.c))
HDR     := $(wildcard src/*.h src/*/*.h src/*/*.def)
OBJ     := $(SRC:src/%.c=build/opt/%.o)
AOBJ    := $(SRC:src/%.c=build/asan/%.o)
ASANFL  := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all run test check lint asan bench deps clean test-c test-lpc test-asan test-valgrind test-conform test-tmi2 test-net

all: hearth

hearth: $(OBJ)
	$(CC) $(OPT) -o $@ $(OBJ) $(LIBS)

build/opt/%.o: src/%.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) -c $< -o $@

asan: hearth-asan
hearth-asan: $(AOBJ)
	$(CC) $(ASANFL) -o $@ $(AOBJ) $(LIBS)

build/asan/%.o: src/%.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(ASANFL) -c $< -o $@

clean:
	rm -rf build hearth hearth-asan

# ---------------------------------------------------------------- running
run: hearth
	./hearth lib/hearth.cfg

deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=""; for p in gcc make libpcre2-dev libcrypt-dev python3 valgrind cppcheck lua5.4 iproute2 util-linux; do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi; \
	else echo "make deps: not root or no apt-get; install: libpcre2-dev libcrypt-dev python3 valgrind cppcheck lua5.4"; fi

# ------------------------------------------------------------------ tests
CTESTS  := $(patsubst tests/c/%.c,build/tests/%,$(wildcard tests/c/test_*.c))

# make test lints too when cppcheck is installed (make deps installs it).
LINT    := $(if $(shell command -v cppcheck 2>/dev/null),lint)

test check: hearth hearth-asan $(LINT) test-c test-lpc test-asan test-valgrind test-net
	@echo "all test suites passed"

# cppcheck, one configuration: GCC (-D__GNUC__) with the interpreter's
# portable switch dispatch (cppcheck cannot parse computed-goto labels), and
# C11 _Noreturn spelled as the GNU attribute, which cppcheck 2.x understands
# (without it every `if (!p) vm_error(...)` looks like a null dereference).
# Style checks on; constParameter and variableScope are left out as noise.
CPPCHECK := cppcheck --quiet --error-exitcode=1 --inline-suppr --std=c11 \
	--enable=warning,style,performance,portability \
	--suppress=constParameter --suppress=variableScope \
	-D__GNUC__ -DHEARTH_SWITCH_DISPATCH '-D_Noreturn=__attribute__((noreturn))'

# Efun functions are declared weak (efun.h), so a second definition of one
# would link silently: lint refuses that too.
lint:
	$(CPPCHECK) src
	@dups=$$(grep -ho '^void f_[a-z_0-9]*(svalue' src/*/*.c | sort | uniq -d); \
	  if [ -n "$$dups" ]; then echo "efun defined twice: $$dups"; exit 1; fi

# A C unit test names the sources it links on a line ` * Deps: a.c b.c`.
build/tests/%: tests/c/%.c $(HDR) $(SRC)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(ASANFL) -Isrc -o $@ $< $$(sed -n 's/^ \* Deps: //p' $<) $(LIBS)

test-c: $(CTESTS)
	@for t in $(CTESTS); do echo "== $$t"; $$t || exit 1; done

test-lpc: hearth
	tests/run-lpc ./hearth

test-asan: hearth-asan
	ASAN_OPTIONS=detect_leaks=1 tests/run-lpc ./hearth-asan

test-valgrind: hearth
	tests/run-lpc "valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite ./hearth"

# LPC sockets driven from outside over loopback (tests/net), both builds.
test-net: hearth hearth-asan
	tests/net/run ./hearth
	ASAN_OPTIONS=detect_leaks=1 tests/net/run ./hearth-asan

test-conform: hearth
	python3 ../shared/conform/run.py --driver ./hearth --suite tests/conform --suite tests/conform-lang3 --suite tests/conform-rt --suite tests/conform-rt2 --suite tests/conform-rt3 --suite tests/conform-str4 --suite tests/conform-coll4 --suite tests/conform-inh5 --suite tests/conform-io5 --suite tests/conform-obj6 --suite tests/conform-lang6 --suite tests/conform-sock --suite tests/conform-fuzz7 --suite tests/conform-coll7 --suite tests/conform-misc8 --suite tests/conform-obj8

bench: hearth
	bench/run

# Optional: a TMI-2 checkout at $(TMI2_DIR) is compiled and booted (isolated from the network).
test-tmi2: hearth
	tests/tmi2/check $(TMI2_DIR)
