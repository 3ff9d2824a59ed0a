// <net/if.h>: network interface names.
//
// A program sees no network interfaces (their names and indexes describe
// the host): if_nametoindex finds none and returns 0, and if_indextoname
// fails with ENXIO.  Interface index 0, the "no interface" value of
// sin6_scope_id, needs neither.
//
// Omitted, and why:
//   struct if_nameindex, if_freenameindex, if_nameindex: would list the
//   host's interfaces (no-sysinfo).
#ifndef _NET_IF_H_
#define _NET_IF_H_

#include <_/types.h>

#define IF_NAMESIZE 16

_CLOUDLIBC_BEGIN

char *if_indextoname(unsigned int, char *);
unsigned int if_nametoindex(const char *);

_CLOUDLIBC_END

#endif
