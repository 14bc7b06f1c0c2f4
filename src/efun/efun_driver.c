/*
 * efun_driver.c — efuns about the driver itself: shutdown, the debug log,
 * statistics (memory_info, mud_status, query_load_average), get_config,
 * dump_prog, reclaim_objects.
 */
#include <stdio.h>
#include <string.h>
#include "efun.h"
#include "../base/dlog.h"
#include "../lang/compile.h"
#include "../runtime/backend.h"
#include "../runtime/config.h"
#include "../runtime/object.h"
#include "../runtime/path.h"
#include "../vm/vm.h"

void f_shutdown(svalue *argv, int argc, svalue *ret) {
    backend_shutdown(argc > 0 && argv[0].type == T_INT ? (int)argv[0].u.n : 0);
}

/* debug_message(s): a line in the debug log, and on stderr. */
void f_debug_message(svalue *argv, int argc, svalue *ret) {
    const char *s = argv[0].u.s->data;
    dlog("%s", s);
    if (dlog_has_file()) {
        size_t n = strlen(s);
        fprintf(stderr, "%s%s", s, n && s[n - 1] == '\n' ? "" : "\n");
    }
}

/* ------------------------------------------------------------ statistics */
static size_t object_size(const object *ob) {
    return sizeof *ob + (size_t)ob->prog->n_vars * sizeof(svalue);
}

static size_t program_size(const program *p) {
    return sizeof *p + p->code_len + (size_t)p->n_funcs * (sizeof(func_def) + sizeof(func_impl))
           + (size_t)p->n_vars * sizeof(var_def) + (size_t)p->n_consts * sizeof(svalue)
           + (size_t)p->n_lines * sizeof(line_entry);
}

void f_memory_info(svalue *argv, int argc, svalue *ret) {
    if (argc > 0 && argv[0].type == T_OBJECT) {
        const object *ob = argv[0].u.ob;
        sv_set_int(ret, (int64_t)(program_size(ob->prog) + object_size(ob)));
        return;
    }
    size_t total = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all) {
        total += object_size(ob);
        if (!(ob->flags & O_CLONE)) total += program_size(ob->prog);
    }
    sv_set_int(ret, (int64_t)total);
}

void f_mud_status(svalue *argv, int argc, svalue *ret) {
    size_t n = 0, clones = 0, mem = 0;
    for (object *ob = obj_list; ob; ob = ob->next_all) {
        n++;
        clones += (ob->flags & O_CLONE) != 0;
        mem += object_size(ob);
    }
    sv_set_str(ret, str_printf(
        "Objects:\t\t%zu (%zu clones)\t%zu bytes\n"
        "Interned strings:\t%zu\n"
        "Uptime:\t\t\t%.0f seconds\n",
        n, clones, mem, str_interned_count(), backend_now()));
}

void f_query_load_average(svalue *argv, int argc, svalue *ret) {
    sv_set_str(ret, str_newz("0.00 cmds/s, 0.00 comp lines/s"));
}

/* Every reference is counted: destructed objects go as soon as the last
 * value naming them does, so there is nothing left to reclaim. */
void f_reclaim_objects(svalue *argv, int argc, svalue *ret) {
    sv_set_int(ret, 0);
}

void f_get_config(svalue *argv, int argc, svalue *ret) {
    const char *s = NULL;
    int64_t n = 0;
    if (!config_get((int)argv[0].u.n, &s, &n))
        vm_error("Bad argument 1 to get_config()");
    if (s) sv_set_str(ret, str_newz(s));
    else sv_set_int(ret, n);
}

/* -------------------------------------------------------------- dump_prog */
static void write_line(void *ctx, const char *line) {
    fputs(line, ctx);
    fputc('\n', ctx);
}

/* dump_prog(ob, flags, file): the disassembly of ob's program into a file
 * (default "/PROG_DUMP"), written with this_object()'s rights. */
void f_dump_prog(svalue *argv, int argc, svalue *ret) {
    if (argv[0].type != T_OBJECT) return;
    const char *where = argc > 2 && argv[2].type == T_STRING ? argv[2].u.s->data : "/PROG_DUMP";
    host_path hp;
    if (!path_valid(where, strlen(where), vm_current_object, "dump_prog", 1, &hp))
        vm_error("Invalid file: %s", where);
    FILE *f = fopen(hp.host, "w");
    if (!f) {
        vm_error("Unable to open %s for writing.", where);
        return;
    }
    fprintf(f, "NAME: %s\n", argv[0].u.ob->prog->name->data);
    disasm_program(argv[0].u.ob->prog, write_line, f);
    fclose(f);
}
