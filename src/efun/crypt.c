/*
 * crypt.c — crypt(password, salt) on libcrypt (crypt_r).
 *
 * The salt string goes to libcrypt as is, so its prefix picks the method:
 * "$1$" MD5, "$5$" SHA-256, "$6$" SHA-512 (and whatever else libcrypt
 * knows); anything else is traditional DES on its first two characters,
 * which is how the 13-character hashes in TMI-2 save files verify:
 * crypt(pass, stored) == stored. A salt of 0, a string shorter than two
 * characters, or one libcrypt refuses gives a fresh SHA-512 hash with a
 * random 16-character salt ("$6$...$...").
 */
#include <crypt.h>
#include "../vm/vm.h"
#include "efun.h"

static struct crypt_data crypt_state;   /* ~32 KB: kept out of the C stack */

static const char *fresh_hash(const char *pass) {
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$6$", 0, NULL, 0, salt, sizeof salt))
        vm_error("crypt(): no random salt available");
    const char *h = crypt_r(pass, salt, &crypt_state);
    if (!h || h[0] == '*') vm_error("crypt(): hashing failed");
    return h;
}

void f_crypt(svalue *argv, int argc, svalue *ret) {
    const char *pass = argv[0].u.s->data, *h = NULL;
    if (argv[1].type == T_STRING && argv[1].u.s->len >= 2) {
        h = crypt_r(pass, argv[1].u.s->data, &crypt_state);
        if (h && h[0] == '*') h = NULL;     /* libcrypt's failure token */
    }
    sv_set_str(ret, str_newz(h ? h : fresh_hash(pass)));
}
