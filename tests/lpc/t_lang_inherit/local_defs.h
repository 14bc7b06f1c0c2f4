// Found relative to the including file.
#define BASE_FILE "/t_lang_inherit/" "base"
#define LOCAL_WORD "local"
