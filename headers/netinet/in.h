// <netinet/in.h>: Internet addresses.
//
// The address types exist so that addresses can be stored, converted
// (<arpa/inet.h>) and passed around; a CloudABI program cannot bind or
// connect sockets by address itself (see <sys/socket.h>).
//
// Omitted, and why:
//   struct ipv6_mreq, IPV6_JOIN_GROUP, IPV6_LEAVE_GROUP,
//   IPV6_MULTICAST_HOPS, IPV6_MULTICAST_IF, IPV6_MULTICAST_LOOP,
//   IPV6_UNICAST_HOPS, IPV6_V6ONLY: socket options cannot be changed
//   (no-sockopt).
#ifndef _NETINET_IN_H_
#define _NETINET_IN_H_

#include <sys/socket.h>

#ifndef _IN_PORT_T_DECLARED
#define _IN_PORT_T_DECLARED
typedef uint16_t in_port_t;
#endif
#ifndef _IN_ADDR_T_DECLARED
#define _IN_ADDR_T_DECLARED
typedef uint32_t in_addr_t;
#endif

struct in_addr {
  in_addr_t s_addr;
};

struct in6_addr {
  uint8_t s6_addr[16];
};

struct sockaddr_in {
  sa_family_t sin_family;
  in_port_t sin_port;
  struct in_addr sin_addr;
  unsigned char sin_zero[8];
};

struct sockaddr_in6 {
  sa_family_t sin6_family;
  in_port_t sin6_port;
  uint32_t sin6_flowinfo;
  struct in6_addr sin6_addr;
  uint32_t sin6_scope_id;
};

#define IPPROTO_IP 0
#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_IPV6 41
#define IPPROTO_RAW 255

#define INADDR_ANY ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK ((in_addr_t)0x7f000001)

#define INET_ADDRSTRLEN 16
#define INET6_ADDRSTRLEN 46

#define IN6ADDR_ANY_INIT {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}
#define IN6ADDR_LOOPBACK_INIT {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}}

_CLOUDLIBC_BEGIN
extern const struct in6_addr in6addr_any;
extern const struct in6_addr in6addr_loopback;
uint32_t htonl(uint32_t);
uint16_t htons(uint16_t);
uint32_t ntohl(uint32_t);
uint16_t ntohs(uint16_t);
_CLOUDLIBC_END

// Byte order: the functions exist; these macros are the fast path.
#define htonl(x) __builtin_bswap32(x)
#define htons(x) __builtin_bswap16(x)
#define ntohl(x) __builtin_bswap32(x)
#define ntohs(x) __builtin_bswap16(x)

#define __IN6_BYTE(a, i) ((a)->s6_addr[i])
#define __IN6_ZERO_THROUGH(a, n) (__in6_zero_through((a)->s6_addr, n))
static __inline int __in6_zero_through(const uint8_t *__b, int __n) {
  for (int __i = 0; __i < __n; ++__i)
    if (__b[__i] != 0)
      return 0;
  return 1;
}

#define IN6_IS_ADDR_UNSPECIFIED(a) (__IN6_ZERO_THROUGH(a, 16))
#define IN6_IS_ADDR_LOOPBACK(a) (__IN6_ZERO_THROUGH(a, 15) && __IN6_BYTE(a, 15) == 1)
#define IN6_IS_ADDR_MULTICAST(a) (__IN6_BYTE(a, 0) == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) \
  (__IN6_BYTE(a, 0) == 0xfe && (__IN6_BYTE(a, 1) & 0xc0) == 0x80)
#define IN6_IS_ADDR_SITELOCAL(a) \
  (__IN6_BYTE(a, 0) == 0xfe && (__IN6_BYTE(a, 1) & 0xc0) == 0xc0)
#define IN6_IS_ADDR_V4MAPPED(a) \
  (__IN6_ZERO_THROUGH(a, 10) && __IN6_BYTE(a, 10) == 0xff && __IN6_BYTE(a, 11) == 0xff)
#define IN6_IS_ADDR_V4COMPAT(a)                                        \
  (__IN6_ZERO_THROUGH(a, 12) &&                                        \
   !(__IN6_BYTE(a, 12) == 0 && __IN6_BYTE(a, 13) == 0 &&               \
     __IN6_BYTE(a, 14) == 0 && __IN6_BYTE(a, 15) <= 1))
#define IN6_IS_ADDR_MC_NODELOCAL(a) \
  (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x1)
#define IN6_IS_ADDR_MC_LINKLOCAL(a) \
  (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x2)
#define IN6_IS_ADDR_MC_SITELOCAL(a) \
  (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x5)
#define IN6_IS_ADDR_MC_ORGLOCAL(a) \
  (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0x8)
#define IN6_IS_ADDR_MC_GLOBAL(a) \
  (IN6_IS_ADDR_MULTICAST(a) && (__IN6_BYTE(a, 1) & 0xf) == 0xe)

#endif
