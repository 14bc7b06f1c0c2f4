// restore_object of hand-written files: empty, header only, blank lines, junk.
#include <conform.h>
int x = 3; string s;
void create() {
  write_file("/out/e.o", "");
  x = 4; show("restore empty file", ({ restore_object("/out/e"), x }));
  write_file("/out/h.o", "#/t/x.c\n");
  x = 4; show("restore header only", ({ restore_object("/out/h"), x }));
  write_file("/out/n.o", "x 9");
  x = 4; show("restore no final newline", ({ restore_object("/out/n"), x }));
  write_file("/out/b.o", "x 9\n\n");
  x = 4; show("restore trailing blank", ({ caught(catch(restore_object("/out/b"))), x }));
  write_file("/out/g.o", "x 9\ngarbage\n");
  x = 4; show("restore garbage line", ({ caught(catch(restore_object("/out/g"))), x }));
  write_file("/out/u.o", "x 9\nunknownvar 5\n");
  x = 4; show("restore unknown var", ({ caught(catch(restore_object("/out/u"))), x }));
  write_file("/out/t.o", "x 9 \n");
  x = 4; show("restore trailing space", ({ caught(catch(restore_object("/out/t"))), x }));
  write_file("/out/s.o", "s \"abc\" junk\n");
  show("restore string junk", ({ caught(catch(restore_object("/out/s"))), s }));
  write_file("/out/sp.o", " x 5\n");
  x = 4; show("restore leading space", ({ caught(catch(restore_object("/out/sp"))), x }));
  write_file("/out/nn.o", "x\n");
  x = 4; show("restore name only", ({ caught(catch(restore_object("/out/nn"))), x }));
  write_file("/out/ws.o", "\r\nx 1\n");
  x = 4; show("restore cr line", ({ caught(catch(restore_object("/out/ws"))), x }));
  write_file("/out/ws2.o", "x 1\n\n", 1);
  x = 4; show("restore flag1 blank", ({ caught(catch(restore_object("/out/ws2", 1))), x }));
  done();
}
