// <netinet/tcp.h>: TCP socket options.
//
// The names exist so that code that mentions them builds (CPython's socket
// module includes this header unconditionally).  A CloudABI program cannot
// change socket options: there is no setsockopt (see <sys/socket.h>), and
// getsockopt at level IPPROTO_TCP fails with ENOPROTOOPT, since the
// runtime does not say how a granted socket is configured.  The values
// are Linux's.
//
// Nothing of POSIX's header (TCP_NODELAY) is omitted; TCP_MAXSEG,
// TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT are extensions.
#ifndef _NETINET_TCP_H_
#define _NETINET_TCP_H_

#define TCP_NODELAY 1    // send small segments without delay (no Nagle)
#define TCP_MAXSEG 2     // maximum segment size
#define TCP_KEEPIDLE 4   // idle seconds before keep-alive probes
#define TCP_KEEPINTVL 5  // seconds between keep-alive probes
#define TCP_KEEPCNT 6    // probes before the connection is dropped

#endif
