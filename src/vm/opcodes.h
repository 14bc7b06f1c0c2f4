/*
 * opcodes.h — the bytecode instruction set (contract between codegen and VM).
 *
 * Encoding: one opcode byte, then its operands in the order listed, little
 * endian and unaligned: b = u8, w = u16, s = i8, i = i32, q = i64.
 * Jump operands are i32 offsets relative to the address just after the
 * operand (so `JUMP 0` is a no-op); a jump's offset is always its last
 * operand. The VM reads operands with memcpy.
 *
 * The stack effect follows "--": values below are popped (rightmost on top),
 * values after are pushed. "lv" is a T_LVALUE* value made by a *_LV opcode.
 * Local slots: parameters first (0..num_args-1), then the other locals.
 * Global indexes are relative to the running program (the VM adds the
 * frame's variable offset). Function indexes in CALL/MAKE_FP_LOCAL are
 * relative to the running program (the VM adds the frame's function offset
 * and dispatches through the object's program: calls are virtual).
 *
 * Eval cost is charged on calls and on backward jumps.
 *
 * ORDER OP: op_names[] in disasm.c and the dispatch table in interp.c.
 */
#ifndef HEARTH_OPCODES_H
#define HEARTH_OPCODES_H

#define OPCODES(X) \
    /* constants and stack */ \
    X(PUSH_ZERO,      "")    /* -- 0 */ \
    X(PUSH_ONE,       "")    /* -- 1 */ \
    X(PUSH_UNDEF,     "")    /* -- undefined 0 */ \
    X(PUSH_INT8,      "s")   /* -- n */ \
    X(PUSH_INT32,     "i")   /* -- n */ \
    X(PUSH_INT64,     "q")   /* -- n */ \
    X(PUSH_CONST,     "w")   /* -- consts[w] (string or float) */ \
    X(POP,            "")    /* v -- */ \
    X(POP_N,          "b")   /* v1..vb -- */ \
    X(DUP,            "")    /* v -- v v */ \
    /* variables */ \
    X(LOCAL,          "b")   /* -- local[b] */ \
    X(GLOBAL,         "w")   /* -- global[w] */ \
    X(LOCAL_LV,       "b")   /* -- lv(local[b]) */ \
    X(GLOBAL_LV,      "w")   /* -- lv(global[w]) */ \
    X(LOCAL_REF,      "b")   /* -- value of a `ref` param (derefs if lvalue) */ \
    X(LOCAL_REF_LV,   "b")   /* -- lv of a `ref` param's target */ \
    X(SET_LOCAL,      "b")   /* v -- ; local[b] = v */ \
    X(SET_GLOBAL,     "w")   /* v -- ; global[w] = v */ \
    X(CAPTURED,       "b")   /* -- captured[b] of the running functional ($(x)) */ \
    X(INC_LOCAL,      "b")   /* -- ; local[b]++ (statement form) */ \
    X(DEC_LOCAL,      "b")   /* -- ; local[b]-- */ \
    /* assignment through lvalues */ \
    X(ASSIGN,         "")    /* lv v -- v */ \
    X(ASSIGN_POP,     "")    /* lv v -- */ \
    X(ADD_EQ,         "")    /* lv v -- result (s += x appends in place) */ \
    X(SUB_EQ,         "")    \
    X(MUL_EQ,         "")    \
    X(DIV_EQ,         "")    \
    X(MOD_EQ,         "")    \
    X(AND_EQ,         "")    \
    X(OR_EQ,          "")    \
    X(XOR_EQ,         "")    \
    X(LSH_EQ,         "")    \
    X(RSH_EQ,         "")    \
    X(PRE_INC,        "")    /* lv -- new */ \
    X(PRE_DEC,        "")    \
    X(POST_INC,       "")    /* lv -- old */ \
    X(POST_DEC,       "")    \
    /* indexing */ \
    X(INDEX,          "")    /* c i -- c[i] (array, mapping, string, buffer) */ \
    X(RINDEX,         "")    /* c i -- c[<i] */ \
    X(INDEX_LV,       "")    /* lv i -- lv(c[i]) (mapping: inserts on store) */ \
    X(RINDEX_LV,      "")    /* lv i -- lv(c[<i]) */ \
    X(RANGE,          "b")   /* c [from] [to] -- c[from..to]; b = RANGE_* bits */ \
    X(RANGE_LV,       "b")   /* lv [from] [to] -- range lvalue */ \
    X(MEMBER,         "w")   /* class -- class->member[w] */ \
    X(MEMBER_LV,      "w")   /* lv -- lv(member w) */ \
    /* operators */ \
    X(ADD, "") X(SUB, "") X(MUL, "") X(DIV, "") X(MOD, "") \
    X(AND, "") X(OR, "") X(XOR, "") X(LSH, "") X(RSH, "") \
    X(EQ, "") X(NE, "") X(LT, "") X(LE, "") X(GT, "") X(GE, "") \
    X(NEG, "") X(NOT, "") X(COMPL, "") \
    X(CAST,           "w")   /* v -- v as type w (lpc_type): int<->float<->string conversions */ \
    /* control */ \
    X(JUMP,           "i")   \
    X(JUMP_FALSE,     "i")   /* v -- ; jump if !v */ \
    X(JUMP_TRUE,      "i")   /* v -- ; jump if v */ \
    X(AND_JUMP,       "i")   /* v -- v (jump, keeping v, if !v) | -- (pop, go on) */ \
    X(OR_JUMP,        "i")   /* v -- v (jump, keeping v, if v)  | -- (pop, go on) */ \
    X(SWITCH,         "w")   /* v -- ; jump through switches[w] */ \
    X(FOREACH_INIT,   "")    /* c -- s1 s2 s3 (iteration state; c array/mapping/string) */ \
    X(FOREACH_NEXT,   "bi")  /* s1 s2 s3 -- s1 s2 s3 v1..vb, or pop state and jump;
                                b | FOREACH_REF: vb is an lvalue of the element */ \
    X(CATCH,          "i")   /* -- ; run to END_CATCH; push 0, or the error value
                                   at the target on error */ \
    X(END_CATCH,      "")    \
    /* calls */ \
    X(CALL,           "wb")  /* a1..ab -- r ; function w (virtual) */ \
    X(CALL_INHERITED, "wwb") /* a1..ab -- r ; inherit w1's function w2 (non-virtual) */ \
    X(CALL_EFUN,      "wb")  /* a1..ab -- r ; efun table entry w */ \
    X(CALL_SIMUL,     "wb")  /* a1..ab -- r ; simul_efun w (see simul_efun.h) */ \
    X(CALL_OTHER,     "b")   /* ob name a1..ab -- r */ \
    X(CALL_FP,        "b")   /* fp a1..ab -- r ; calling a function value */ \
    X(RETURN,         "")    /* r -- (to caller) */ \
    X(RETURN_ZERO,    "")    \
    /* constructors */ \
    X(AGGREGATE,      "w")   /* v1..vw -- ({ ... }) */ \
    X(AGGREGATE_MAP,  "w")   /* k1 v1..kw vw -- ([ ... ]) (w pairs) */ \
    X(NEW_CLASS,      "w")   /* -- new instance of classes[w] */ \
    X(MAKE_FP_LOCAL,  "wb")  /* a1..ab -- (: function w, args :) */ \
    X(MAKE_FP_EFUN,   "wb")  /* a1..ab -- (: efun w, args :) */ \
    X(MAKE_FP_SIMUL,  "wb")  /* a1..ab -- (: simul w, args :) */ \
    X(MAKE_FP_FUNCTIONAL, "wb") /* c1..cb -- functional w with b captured values */ \
    X(MAKE_FP_CALL_OTHER, "b")  /* ob name a1..ab -- (: ob, name, args :) */ \
    X(SSCANF,         "b")   /* str fmt lv1..lvb -- matched count */ \
    X(LINE_NOP,       "")    /* no-op (padding) */ \
    /* fused forms the codegen emits for common shapes (inline int paths) */ \
    X(ADD_EQ_LOCAL,   "b")   /* v -- ; local[b] += v (statement form) */ \
    X(ADD_INT8,       "s")   /* a -- a + s */ \
    X(SUB_INT8,       "s")   /* a -- a - s */ \
    X(MUL_INT8,       "s")   /* a -- a * s */ \
    X(AND_INT8,       "s")   /* a -- a & s */ \
    X(EQ_LOCAL_JUMP,  "bbii") /* -- ; jump i2 if (local[b1] == i1) == b2 */ \
    X(NE_LOCAL_JUMP,  "bbii") \
    X(LT_LOCAL_JUMP,  "bbii") \
    X(LE_LOCAL_JUMP,  "bbii") \
    X(GT_LOCAL_JUMP,  "bbii") \
    X(GE_LOCAL_JUMP,  "bbii") \
    X(INC_LT_JUMP,    "bii") /* -- ; local[b]++, then jump i2 if local[b] < i1 */ \
    X(INC_LE_JUMP,    "bii") /* -- ; local[b]++, then jump i2 if local[b] <= i1 */ \
    X(SET_INDEX_LOCAL, "b")  /* k v -- ; local[b][k] = v (v: no side effects) */ \
    /* later additions, appended so the numbers above stay put */ \
    X(CLEAR_LOCAL,    "b")   /* -- ; local[b] = 0 raw (drops a ref foreach lvalue) */ \
    X(INIT_MEMBER,    "w")   /* class v -- class ; class->member[w] = v (new(class X, m: v)) */ \
    X(ASSIGN_REV,     "b")   /* v lv -- v (b = 1) or -- (b = 0): right side evaluated first */ \
    /* more fused forms: LOCAL b followed by an *_INT8 */ \
    X(LOCAL_ADD_INT8, "bs")  /* -- local[b] + s (LOCAL b; ADD_INT8 s) */ \
    X(LOCAL_SUB_INT8, "bs")  /* -- local[b] - s */ \
    X(LOCAL_MUL_INT8, "bs")  /* -- local[b] * s */ \
    X(LOCAL_AND_INT8, "bs")  /* -- local[b] & s */ \
    /* containers in variables indexed in place (k: no side effects, so it \
       is evaluated before the container is read) */ \
    X(INDEX_LOCAL,    "b")   /* k -- local[b][k] (LOCAL b; k; INDEX) */ \
    X(INDEX_GLOBAL,   "w")   /* k -- global[w][k] (GLOBAL w; k; INDEX) */ \
    X(SET_INDEX_GLOBAL, "w") /* k v -- ; global[w][k] = v (as SET_INDEX_LOCAL) */ \
    /* statement forms of var[k] OP= v (v: no side effects) and var[k]++/--: \
       b2 is the opcode ADD_EQ..RSH_EQ (k v --) or PRE_INC/PRE_DEC (k --) */ \
    X(INDEX_OP_LOCAL, "bb")  /* k [v] -- ; local[b1][k] OP= v */ \
    X(INDEX_OP_GLOBAL, "wb") /* k [v] -- ; global[w][k] OP= v */

#define OP_ENUM(name, ops) OP_##name,
enum opcode { OPCODES(OP_ENUM) OP_COUNT };
#undef OP_ENUM

/* RANGE / RANGE_LV operand bits. Absent bounds are not pushed. */
#define RANGE_FROM_END   1   /* from is `<n` */
#define RANGE_TO_END     2   /* to is `<n` */
#define RANGE_NO_FROM    4   /* s[..to] */
#define RANGE_NO_TO      8   /* s[from..] */

/* FOREACH_NEXT operand bit: the last variable is `ref`. */
#define FOREACH_REF      0x80

extern const char *const op_names[OP_COUNT];
extern const char *const op_operands[OP_COUNT];

#endif
