// sock.h — socket modes and error codes (TMI-2's socket_err.h) and the
// listen helper the daemons share.
#ifndef SOCK_H
#define SOCK_H

#define MUD 0
#define STREAM 1
#define DATAGRAM 2

#define EESUCCESS 1
#define EEALREADY -22
#define EECALLBACK -29

#define LISTEN_IP "127.0.0.1 0"

// The port of socket s ("addr port" from socket_address).
#define PORT_OF(s) to_int(explode(socket_address(s, 1), " ")[1])

#endif
