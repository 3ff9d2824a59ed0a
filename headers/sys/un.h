// <sys/un.h>: UNIX domain socket addresses.
//
// Omitted, and why:
//   struct sockaddr_un::sun_path: UNIX sockets have no names; they come
//   from socketpair() or are granted as descriptors (anon-only).
#ifndef _SYS_UN_H_
#define _SYS_UN_H_

#include <_/posix_types.h>

#ifndef _SA_FAMILY_T_DECLARED
#define _SA_FAMILY_T_DECLARED
typedef __sa_family_t sa_family_t;
#endif

struct sockaddr_un {
  sa_family_t sun_family;
};

#endif
