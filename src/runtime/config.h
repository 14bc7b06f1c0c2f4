/*
 * config.h — the MudOS runtime configuration file and the dialect record.
 *
 * The file is MudOS style: one `key : value` per line, any white space
 * around the colon, `#` comments, values to end of line (trailing blanks
 * dropped). A line that names no known key is warned about (with its line
 * number) and skipped, as TMI-2's config.copy has word-wrap debris.
 *
 * Dialect: what MudOS fixed at compile time in options.h, Hearth reads
 * from keys starting with "dialect" (e.g. `dialect static is nosave : 1`);
 * the defaults fit TMI-2 on FluffOS 2.7. The compiler reads its part
 * through compile_options; the rest sits in `dialect`.
 */
#ifndef HEARTH_CONFIG_H
#define HEARTH_CONFIG_H

#include <stdint.h>

typedef struct config {
    /* strings (NULL when absent) */
    char *name, *mudlib_dir, *binary_dir, *domain_dir, *swap_file, *secure_dir;
    char *master_file, *config_dir, *log_dir, *include_dirs, *save_binaries_dir;
    char *simul_efun_file, *access_allow_file, *access_log_file, *debug_log_file;
    char *mud_ip, *global_include, *address_server_ip;
    char *default_fail_message, *default_error_message;
    char *config_path;                  /* the file itself, absolute */
    /* numbers */
    int64_t port, max_users, time_to_clean_up, time_to_swap, time_to_reset;
    int64_t allowed_ed_commands, evaluator_stack_size, compiler_stack_size;
    int64_t max_call_depth, max_bitfield_bits, max_local_variables, max_eval_cost;
    int64_t max_array_size, max_mapping_size, inherit_chain_size, max_log_size;
    int64_t max_string_length, max_read_file_size, max_commands_per_heartbeat;
    int64_t max_byte_transfer, reserved_size, hash_table_size, living_hash_size;
    int64_t object_table_size, address_server_port, max_buffer_size;
    double heartbeat_interval;          /* seconds: `heartbeat interval` (s) or `... msec` */
} config;

/* Switches that MudOS/FluffOS fixed at build time (ES2-SURFACE §10).
 * Config key in brackets; enum-valued keys take the words listed. */
enum explode_mode { EXPLODE_CLASSIC, EXPLODE_SANE, EXPLODE_REVERSIBLE };
enum match_path_mode { MATCH_PATH_PREFIX, MATCH_PATH_NESTED };
typedef struct dialect {
    int static_is_nosave;       /* [dialect static is nosave] static = nosave/protected; default 1 */
    int strict_types_default;   /* [dialect strict types] DEFAULT_PRAGMAS strict_types; 0 */
    int inherit_after_function; /* [dialect inherit after function] 1 */
    int predefine_mud_name;     /* [dialect predefine mud name] MUD_NAME from `name`; 1 */
    int callbacks_see_private;  /* [dialect callbacks see private] call_out/input_to/command()
                                   reach private functions (MudOS v22); 0 = 2.7 rule */
    int lenient_creator_file;   /* [dialect lenient creator file] non-string answer = "NONAME"
                                   instead of refusing the load; 1 */
    int compile_object_slash;   /* [dialect compile object slash] master compile_object gets
                                   "/path" (2.7) rather than "path" (MudOS v21, TMI-2); 0 */
    int call_out_origin;        /* [dialect call out origin] origin() in a call_out is
                                   "call_out" (v21) rather than "internal"; 1 */
    int auto_seteuid;           /* [dialect auto seteuid] new objects get euid = uid; 0 */
    int trust_backbone;         /* [dialect trust backbone] AUTO_TRUST_BACKBONE; 1 */
    int explode;                /* [dialect explode] classic | sane | reversible */
    int match_path;             /* [dialect match path] prefix | nested */
    int file_errors_return0;    /* [dialect file errors] raise | return0 */
    int stdout_write;           /* [dialect stdout write] write() with no this_player goes to
                                   stdout (2.7 drops it); 1 */
    int log_catches;            /* [dialect log catches] errors caught by catch() are also
                                   handed to the master's error_handler(err, 1) (LOG_CATCHES,
                                   which TMI-2 was built with); 1 */
} dialect;

extern config cfg;
extern dialect dialect_opts;

/* Reads the file into cfg/dialect_opts. Returns 0, or -1 after printing
 * why to stderr (unreadable file, missing required key). */
int config_load(const char *path);
/* Defaults for a run without a config file (--run, --compile): mudlib at
 * `mudlib_dir` (absolute host path), no master. */
void config_defaults(const char *mudlib_dir);
/* Pushes cfg and dialect_opts into the VM limits and compile_options. */
void config_apply(void);
/* get_config(i) value for FluffOS 2.7's runtime_config.h numbering:
 * returns 1 and fills *s or *n, 0 for an unknown index. */
int config_get(int index, const char **s, int64_t *n);
void config_free(void);

#endif
