// <netdb.h>: network address and service translation.
//
// There is no name resolution: a program has no network namespace of its
// own to query (no-dns).  getaddrinfo therefore accepts numeric host
// addresses only, as if AI_NUMERICHOST were always given: any other name
// fails with EAI_NONAME.  A null host gives the loopback address, or the
// wildcard address with AI_PASSIVE.  Services may be numeric or one of the
// well-known names of a built-in table (the same table getservbyname and
// getnameinfo use); protocols come from a built-in table too.  The
// database functions return pointers to constant entries, so unlike the
// traditional ones they are thread-safe; the set*ent/end*ent functions
// have nothing to open or close.
//
// Omitted, and why:
//   struct netent, endhostent, endnetent, gethostent, getnetbyaddr,
//   getnetbyname, getnetent, sethostent, setnetent: no system-wide hosts or
//   networks databases (no-sysdb).
//   getprotoent, getservent: iterate with hidden state (thread-unsafe).
//   AI_ADDRCONFIG: the configured interfaces are not visible (no-sysinfo).
//   AI_V4MAPPED, AI_ALL, NI_NAMEREQD, NI_NOFQDN: only meaningful with name
//   resolution (no-dns).
//   IPPORT_RESERVED: there are no privileged ports for a program (n/a).
//
// Extensions: NI_MAXHOST, NI_MAXSERV, h_addr, gai_strerror_l.
#ifndef _NETDB_H_
#define _NETDB_H_

#include <_/types.h>
#include <netinet/in.h>
#include <sys/socket.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

struct hostent {
  char *h_name;
  char **h_aliases;
  int h_addrtype;
  int h_length;
  char **h_addr_list;
};
#define h_addr h_addr_list[0]

struct protoent {
  char *p_name;
  char **p_aliases;
  int p_proto;
};

struct servent {
  char *s_name;
  char **s_aliases;
  int s_port;  // network byte order
  char *s_proto;
};

struct addrinfo {
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  socklen_t ai_addrlen;
  struct sockaddr *ai_addr;
  char *ai_canonname;
  struct addrinfo *ai_next;
};

#define AI_PASSIVE 0x1
#define AI_CANONNAME 0x2
#define AI_NUMERICHOST 0x4
#define AI_NUMERICSERV 0x8

#define NI_NUMERICHOST 0x1
#define NI_NUMERICSERV 0x2
#define NI_NUMERICSCOPE 0x4
#define NI_DGRAM 0x8

#define NI_MAXHOST 1025
#define NI_MAXSERV 32

#define EAI_AGAIN 1
#define EAI_BADFLAGS 2
#define EAI_FAIL 3
#define EAI_FAMILY 4
#define EAI_MEMORY 5
#define EAI_NONAME 6
#define EAI_SERVICE 7
#define EAI_SOCKTYPE 8
#define EAI_SYSTEM 9
#define EAI_OVERFLOW 10

_CLOUDLIBC_BEGIN

void endprotoent(void);
void endservent(void);
void freeaddrinfo(struct addrinfo *);
const char *gai_strerror(int);
const char *gai_strerror_l(int, locale_t);
int getaddrinfo(const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
                const struct addrinfo *_CLOUDLIBC_RESTRICT,
                struct addrinfo **_CLOUDLIBC_RESTRICT);
int getnameinfo(const struct sockaddr *_CLOUDLIBC_RESTRICT, socklen_t,
                char *_CLOUDLIBC_RESTRICT, socklen_t, char *_CLOUDLIBC_RESTRICT,
                socklen_t, int);
struct protoent *getprotobyname(const char *);
struct protoent *getprotobynumber(int);
struct servent *getservbyname(const char *, const char *);
struct servent *getservbyport(int, const char *);
void setprotoent(int);
void setservent(int);

_CLOUDLIBC_END

#endif
