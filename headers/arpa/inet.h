// <arpa/inet.h>: converting Internet addresses.
//
// Omitted, and why:
//   inet_addr: its error value 0xffffffff is also the valid address
//   255.255.255.255; use inet_pton() or inet_aton() (bad-api).
//   inet_ntoa: returns a static buffer (thread-unsafe); use inet_ntop().
//
// Notes:
//   inet_pton(AF_INET) accepts exactly four decimal parts without leading
//   zeros; inet_aton() accepts the traditional forms (a, a.b, a.b.c,
//   a.b.c.d; decimal, octal with 0, hexadecimal with 0x) and stops at
//   white space.
//   inet_pton(AF_INET6) accepts every RFC 4291 text form, with "::" and a
//   trailing dotted IPv4 part.  inet_ntop(AF_INET6) writes the RFC 5952
//   form: lowercase, no leading zeros, the longest run of two or more zero
//   groups (the first of equal runs) as "::", and the IPv4 part in dotted
//   form under the well-known prefixes for embedded IPv4: IPv4-mapped
//   (::ffff:a.b.c.d) and IPv4-translated (::ffff:0:a.b.c.d).  A buffer that is too
//   small gives ENOSPC; an unknown family EAFNOSUPPORT.
#ifndef _ARPA_INET_H_
#define _ARPA_INET_H_

#include <netinet/in.h>

_CLOUDLIBC_BEGIN
int inet_aton(const char *, struct in_addr *);
const char *inet_ntop(int, const void *_CLOUDLIBC_RESTRICT, char *_CLOUDLIBC_RESTRICT,
                      socklen_t);
int inet_pton(int, const char *_CLOUDLIBC_RESTRICT, void *_CLOUDLIBC_RESTRICT);
_CLOUDLIBC_END

#endif
