// file efuns: read_file/read_bytes ranges, empty files, get_dir forms, rm/rename/
// mkdir/rmdir/cp return values and errors, paths with .. and //.
#include <conform.h>
void create() {
  mkdir("/out/d");
  write_file("/out/d/a.txt", "l1\nl2\nl3\n");
  write_file("/out/d/b", "");
  show("read_file 0 0", read_file("/out/d/a.txt", 0, 0));
  show("read_file neg start", caught(catch(read_file("/out/d/a.txt", -1, 1))));
  show("read_file neg start value", read_file("/out/d/a.txt", -1, 1));
  show("read_file 2 0", read_file("/out/d/a.txt", 2, 0));
  show("read_file 2 neg", caught(catch(read_file("/out/d/a.txt", 2, -1))));
  show("read_file 1 3", read_file("/out/d/a.txt", 1, 3));
  show("read_file 1 4", read_file("/out/d/a.txt", 1, 4));
  show("read_file 4", read_file("/out/d/a.txt", 4));
  show("file_size empty", file_size("/out/d/b"));
  show("write_file empty string", write_file("/out/d/c", ""));
  show("file_size after empty write", file_size("/out/d/c"));
  show("write_file to dir", caught(catch(write_file("/out/d", "x"))));
  show("write_bytes beyond end", caught(catch(write_bytes("/out/d/a.txt", 100, "x"))));
  show("read_bytes 0 len", read_bytes("/out/d/a.txt", 0, 0));
  show("read_bytes len past", read_bytes("/out/d/a.txt", 7, 100));
  show("read_bytes one arg", read_bytes("/out/d/a.txt"));
  show("get_dir sorted", get_dir("/out/d/"));
  show("get_dir pattern brackets", get_dir("/out/d/[ab]*"));
  show("get_dir dot", get_dir("/out/d/."));
  show("get_dir no slash", get_dir("/out/d"));
  show("rm dir", rm("/out/d"));
  show("rename onto existing", rename("/out/d/b", "/out/d/a.txt"));
  show("after rename", ({ file_size("/out/d/a.txt"), file_size("/out/d/b") }));
  show("rename to same", caught(catch(rename("/out/d/a.txt", "/out/d/a.txt"))));
  show("mkdir returns", ({ mkdir("/out/e"), mkdir("/out/e") }));
  show("rmdir", ({ rmdir("/out/e"), rmdir("/out/e") }));
  show("path with ..", file_size("/out/d/../d/a.txt"));
  show("path outside", caught(catch(read_file("/../etc/passwd"))));
  show("relative path", file_size("out/d/a.txt"));
  show("double slash", file_size("/out//d/a.txt"));
  show("cp returns", ({ cp("/out/d/a.txt", "/out/d/z"), file_size("/out/d/z") }));
  show("cp onto dir", caught(catch(cp("/out/d/a.txt", "/out/d"))));
  show("stat missing", stat("/nope"));
  show("file_length?", caught(catch(file_length("/out/d/z"))));
  done();
}
