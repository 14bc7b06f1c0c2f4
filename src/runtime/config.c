/*
 * config.c — reading the MudOS runtime config and pushing it into the VM
 * limits and the compiler options.
 *
 * Keys are matched after folding case and runs of blanks, so
 * "default error message:" and "maximum read file size : 200000 " read as
 * intended. The key table maps each key to a field of `cfg` (string or
 * number) or of `dialect_opts`; keys that FluffOS 2.7 knows but does not use
 * are in the table with no field, so they are accepted silently.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "config.h"
#include "../base/mem.h"
#include "../lang/compile.h"
#include "../vm/limits.h"
#include "../vm/vm.h"

config cfg;
dialect dialect_opts = {
    .static_is_nosave = 1, .inherit_after_function = 1, .predefine_mud_name = 1,
    .lenient_creator_file = 1, .call_out_origin = 1, .trust_backbone = 1,
    .log_catches = 1,
    .stdout_write = 1,
};

static const char **include_list;
static char *include_buf;
static const char *define_list[8];
static char *define_buf[8];

enum kind { K_STR, K_INT, K_SEC, K_MSEC, K_BOOL, K_WORD, K_IGNORED };

typedef struct key_def {
    const char *key;
    enum kind kind;
    size_t off;                 /* into cfg (K_STR/K_INT/K_MSEC) or dialect_opts */
    const char *words;          /* K_WORD: "a|b|c" -> 0, 1, 2 */
} key_def;

#define S(k, f)  { k, K_STR, offsetof(config, f), NULL }
#define N(k, f)  { k, K_INT, offsetof(config, f), NULL }
#define D(k, f)  { k, K_BOOL, offsetof(dialect, f), NULL }
#define W(k, f, w) { k, K_WORD, offsetof(dialect, f), w }
#define I(k)     { k, K_IGNORED, 0, NULL }

static const key_def keys[] = {
    S("name", name), S("mudlib directory", mudlib_dir), S("binary directory", binary_dir),
    S("domain directory", domain_dir), S("swap file", swap_file),
    S("secure directory", secure_dir), S("master file", master_file),
    S("config directory", config_dir), S("log directory", log_dir),
    S("include directories", include_dirs), S("save binaries directory", save_binaries_dir),
    S("simulated efun file", simul_efun_file), S("access allow file", access_allow_file),
    S("access log file", access_log_file), S("debug log file", debug_log_file),
    S("mud ip", mud_ip), S("global include file", global_include),
    S("address server ip", address_server_ip),
    S("default fail message", default_fail_message),
    S("default error message", default_error_message),
    N("port number", port), N("maximum users", max_users),
    N("time to clean up", time_to_clean_up), N("time to swap", time_to_swap),
    N("time to reset", time_to_reset), N("allowed ed commands", allowed_ed_commands),
    N("evaluator stack size", evaluator_stack_size),
    N("compiler stack size", compiler_stack_size), N("maximum call depth", max_call_depth),
    N("maximum bits in a bitfield", max_bitfield_bits),
    N("maximum local variables", max_local_variables),
    N("maximum evaluation cost", max_eval_cost), N("maximum array size", max_array_size),
    N("maximum mapping size", max_mapping_size), N("inherit chain size", inherit_chain_size),
    N("maximum log size", max_log_size), N("maximum string length", max_string_length),
    N("maximum read file size", max_read_file_size),
    N("maximum commands per heartbeat", max_commands_per_heartbeat),
    N("maximum byte transfer", max_byte_transfer), N("reserved size", reserved_size),
    N("hash table size", hash_table_size), N("living hash table size", living_hash_size),
    N("object table size", object_table_size),
    N("address server port", address_server_port), N("maximum buffer size", max_buffer_size),
    { "heartbeat interval", K_SEC, offsetof(config, heartbeat_interval), NULL },
    { "heartbeat interval msec", K_MSEC, offsetof(config, heartbeat_interval), NULL },
    I("fd6 kind"), I("fd6 port"), I("external port 1"),
    D("dialect static is nosave", static_is_nosave),
    D("dialect strict types", strict_types_default),
    D("dialect inherit after function", inherit_after_function),
    D("dialect predefine mud name", predefine_mud_name),
    D("dialect callbacks see private", callbacks_see_private),
    D("dialect lenient creator file", lenient_creator_file),
    D("dialect compile object slash", compile_object_slash),
    D("dialect call out origin", call_out_origin),
    D("dialect auto seteuid", auto_seteuid),
    D("dialect trust backbone", trust_backbone),
    W("dialect explode", explode, "classic|sane|reversible"),
    W("dialect match path", match_path, "prefix|nested"),
    W("dialect file errors", file_errors_return0, "raise|return0"),
    D("dialect stdout write", stdout_write),
    D("dialect log catches", log_catches),
};

/* ------------------------------------------------------------- defaults */
static void set_str(char **slot, const char *v) {
    free(*slot);
    *slot = v ? xstrdup(v) : NULL;
}

static void set_defaults(void) {
    config_free();
    memset(&cfg, 0, sizeof cfg);
    set_str(&cfg.name, "hearth");
    set_str(&cfg.log_dir, "/log");
    set_str(&cfg.debug_log_file, "debug.log");
    set_str(&cfg.include_dirs, "/include");
    set_str(&cfg.default_fail_message, "What?");
    cfg.port = 4000;
    cfg.time_to_clean_up = 600;
    cfg.time_to_swap = 900;
    cfg.time_to_reset = 1800;
    cfg.max_call_depth = 150;
    cfg.max_eval_cost = 1000000;
    cfg.max_array_size = 15000;
    cfg.max_mapping_size = 15000;
    cfg.max_string_length = 200000;
    cfg.max_buffer_size = 400000;
    cfg.max_read_file_size = 200000;
    cfg.max_byte_transfer = 10000;
    cfg.max_bitfield_bits = 1200;
    cfg.inherit_chain_size = 30;
    cfg.evaluator_stack_size = 3000;
    cfg.max_local_variables = 50;
    cfg.heartbeat_interval = 2.0;
}

void config_defaults(const char *mudlib_dir) {
    set_defaults();
    set_str(&cfg.mudlib_dir, mudlib_dir);
}

/* -------------------------------------------------------------- parsing */
/* Folds the key in place: lower case, runs of blanks -> one blank, trimmed. */
static void fold_key(char *k) {
    char *w = k;
    for (char *r = k; *r; r++) {
        if (isspace((unsigned char)*r)) {
            if (w > k && w[-1] != ' ') *w++ = ' ';
        } else {
            *w++ = (char)tolower((unsigned char)*r);
        }
    }
    while (w > k && w[-1] == ' ') w--;
    *w = 0;
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) e--;
    *e = 0;
    return s;
}

static const key_def *find_key(const char *k) {
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(keys[i].key, k) == 0) return &keys[i];
    return NULL;
}

static int parse_int(const char *v, int64_t *out) {
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 0);
    if (end == v || *end || errno) return -1;
    *out = n;
    return 0;
}

/* Index of v among the words "a|b|c", or -1. */
static int word_index(const char *words, const char *v) {
    size_t n = strlen(v);
    int i = 0;
    for (const char *p = words; ; i++) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len == n && strncasecmp(p, v, n) == 0) return i;
        if (!bar) return -1;
        p = bar + 1;
    }
}

/* The field at byte offset off of struct base (a key's target). */
static void *field(void *base, size_t off) { return (char *)base + off; }

/* Stores value v for key k; returns an error message or NULL. */
static const char *store(const key_def *k, const char *v) {
    int64_t n;
    switch (k->kind) {
    case K_STR: set_str(field(&cfg, k->off), v); return NULL;
    case K_IGNORED: return NULL;
    case K_WORD: {
        int w = word_index(k->words, v);
        if (w < 0) return "unknown value";
        *(int *)field(&dialect_opts, k->off) = w;
        return NULL;
    }
    case K_SEC: {
        char *end;
        double d = strtod(v, &end);
        if (end == v || *end || !(d > 0)) return "value is not a positive number";
        *(double *)field(&cfg, k->off) = d;
        return NULL;
    }
    default: break;
    }
    if (parse_int(v, &n) < 0) return "value is not a number";
    if (k->kind == K_INT) *(int64_t *)field(&cfg, k->off) = n;
    else if (k->kind == K_MSEC) *(double *)field(&cfg, k->off) = n > 0 ? n / 1000.0 : 2.0;
    else *(int *)field(&dialect_opts, k->off) = n != 0;
    return NULL;
}

static void parse_line(const char *file, int lineno, char *line) {
    char *s = trim(line);
    if (!*s || *s == '#') return;
    char *colon = strchr(s, ':');
    if (!colon) {
        fprintf(stderr, "%s:%d: warning: not a `key : value` line, ignored: %s\n", file, lineno, s);
        return;
    }
    *colon = 0;
    fold_key(s);
    char *v = trim(colon + 1);
    const key_def *k = find_key(s);
    if (!k) {
        fprintf(stderr, "%s:%d: warning: unknown key '%s', ignored\n", file, lineno, s);
        return;
    }
    const char *err = store(k, v);
    if (err) fprintf(stderr, "%s:%d: warning: %s for '%s': %s\n", file, lineno, err, s, v);
}

/* Absolute host path of the mudlib: relative values are taken from the
 * directory of the config file. */
static void resolve_mudlib(const char *path) {
    char buf[PATH_MAX * 2], real[PATH_MAX];
    if (cfg.mudlib_dir[0] != '/') {
        const char *slash = strrchr(path, '/');
        int dl = slash ? (int)(slash - path) : 1;
        snprintf(buf, sizeof buf, "%.*s/%s", dl, slash ? path : ".", cfg.mudlib_dir);
    } else {
        snprintf(buf, sizeof buf, "%s", cfg.mudlib_dir);
    }
    set_str(&cfg.mudlib_dir, realpath(buf, real) ? real : buf);
}

int config_load(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot read config file: %s\n", path, strerror(errno));
        return -1;
    }
    set_defaults();
    char real[PATH_MAX];
    set_str(&cfg.config_path, realpath(path, real) ? real : path);
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0;
    while (getline(&line, &cap, f) >= 0) parse_line(path, ++lineno, line);
    free(line);
    fclose(f);
    int bad = 0;
    if (!cfg.mudlib_dir) {
        fprintf(stderr, "%s: missing required key 'mudlib directory'\n", path);
        bad = 1;
    }
    if (!cfg.master_file) {
        fprintf(stderr, "%s: missing required key 'master file'\n", path);
        bad = 1;
    }
    if (bad) return -1;
    resolve_mudlib(cfg.config_path);
    return 0;
}

/* ------------------------------------------------------------- applying */

/* Splits the colon-separated include directories into a NULL-terminated
 * list for compile_options. */
static void split_includes(void) {
    free(include_list);
    free(include_buf);
    include_buf = xstrdup(cfg.include_dirs ? cfg.include_dirs : "");
    size_t n = 1;
    for (char *p = include_buf; *p; p++) n += *p == ':';
    include_list = xcalloc(n + 1, sizeof *include_list);
    size_t i = 0;
    for (char *tok = strtok(include_buf, ":"); tok; tok = strtok(NULL, ":"))
        include_list[i++] = trim(tok);
    include_list[i] = NULL;
}

static void set_defines(void) {
    int i = 0;
    for (int j = 0; j < 8; j++) { free(define_buf[j]); define_buf[j] = NULL; }
    char buf[512];
    if (dialect_opts.predefine_mud_name && cfg.name) {
        snprintf(buf, sizeof buf, "MUD_NAME=\"%s\"", cfg.name);
        define_buf[i++] = xstrdup(buf);
    }
    snprintf(buf, sizeof buf, "__PORT__=%lld", (long long)cfg.port);
    define_buf[i++] = xstrdup(buf);
    define_buf[i++] = xstrdup("__SAVE_EXTENSION__=\".o\"");
    for (int j = 0; j < i; j++) define_list[j] = define_buf[j];
    define_list[i] = NULL;
}

void config_apply(void) {
    split_includes();
    set_defines();
    compile_options.mudlib = cfg.mudlib_dir;
    compile_options.include_dirs = include_list;
    compile_options.global_include = cfg.global_include && *cfg.global_include
                                     ? cfg.global_include : NULL;
    compile_options.defines = define_list;
    compile_options.strict_types_default = dialect_opts.strict_types_default;
    compile_options.static_is_nosave = dialect_opts.static_is_nosave;
    compile_options.inherit_after_function = dialect_opts.inherit_after_function;
    /* 2.7 reads `maximum call depth` and then uses its build-time 150. */
    vm_max_call_depth = (int)(cfg.max_call_depth > 150 ? cfg.max_call_depth : 150);
    vm_log_catches = dialect_opts.log_catches;
    vm_max_eval_cost = cfg.max_eval_cost > 0 ? cfg.max_eval_cost : 1000000;
    if (cfg.max_array_size > 0) limit_array_size = cfg.max_array_size;
    if (cfg.max_mapping_size > 0) limit_mapping_size = cfg.max_mapping_size;
    if (cfg.max_string_length > 0) limit_string_length = cfg.max_string_length;
    if (cfg.max_buffer_size > 0) limit_buffer_size = cfg.max_buffer_size;
}

/* ------------------------------------------------------------ get_config */
int config_get(int index, const char **s, int64_t *n) {
    const char *strs[] = {
        cfg.name, cfg.address_server_ip, cfg.mudlib_dir, cfg.binary_dir, cfg.log_dir,
        cfg.include_dirs, cfg.save_binaries_dir, cfg.master_file, cfg.simul_efun_file,
        cfg.swap_file, cfg.debug_log_file, cfg.default_error_message,
        cfg.default_fail_message, cfg.global_include, cfg.mud_ip,
    };
    const int64_t ints[] = {
        cfg.port, cfg.address_server_port, cfg.time_to_clean_up, cfg.time_to_reset,
        cfg.time_to_swap, cfg.compiler_stack_size, cfg.evaluator_stack_size,
        cfg.inherit_chain_size, cfg.max_eval_cost, cfg.max_local_variables,
        cfg.max_call_depth, cfg.max_array_size, cfg.max_buffer_size, cfg.max_mapping_size,
        cfg.max_string_length, cfg.max_bitfield_bits, cfg.max_byte_transfer,
        cfg.max_read_file_size, cfg.reserved_size, cfg.hash_table_size,
        cfg.object_table_size, cfg.living_hash_size, 0, 0,
    };
    int ns = (int)(sizeof strs / sizeof strs[0]), ni = (int)(sizeof ints / sizeof ints[0]);
    if (index >= 0 && index < ns) { *s = strs[index]; return 1; }
    if (index >= ns && index < ns + ni) { *s = NULL; *n = ints[index - ns]; return 1; }
    return 0;
}

void config_free(void) {
    char **strs[] = {
        &cfg.name, &cfg.mudlib_dir, &cfg.binary_dir, &cfg.domain_dir, &cfg.swap_file,
        &cfg.secure_dir, &cfg.master_file, &cfg.config_dir, &cfg.log_dir, &cfg.include_dirs,
        &cfg.save_binaries_dir, &cfg.simul_efun_file, &cfg.access_allow_file,
        &cfg.access_log_file, &cfg.debug_log_file, &cfg.mud_ip, &cfg.global_include,
        &cfg.address_server_ip, &cfg.default_fail_message, &cfg.default_error_message,
        &cfg.config_path,
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) set_str(strs[i], NULL);
    free(include_list);
    free(include_buf);
    include_list = NULL;
    include_buf = NULL;
    for (int j = 0; j < 8; j++) { free(define_buf[j]); define_buf[j] = NULL; }
}
