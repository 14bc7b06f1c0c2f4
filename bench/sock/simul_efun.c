// simul_efun.c — the socket benchmark needs none.
