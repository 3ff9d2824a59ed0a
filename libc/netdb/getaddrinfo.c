#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "netdb_impl.h"

struct addrinfo_block {
  struct addrinfo ai;
  union {
    struct sockaddr_in in;
    struct sockaddr_in6 in6;
  } addr;
};

// Parses a decimal port; returns -1 if service is not a number.
static long parse_port(const char *service) {
  if (*service == '\0')
    return -1;
  long v = 0;
  for (const char *p = service; *p != '\0'; p++) {
    if (*p < '0' || *p > '9')
      return -1;
    v = v * 10 + (*p - '0');
    if (v > 65535)
      return -2;
  }
  return v;
}

int getaddrinfo(const char *restrict node, const char *restrict service,
                const struct addrinfo *restrict hints,
                struct addrinfo **restrict res) {
  int flags = 0, family = AF_UNSPEC, socktype = 0, protocol = 0;
  if (hints != NULL) {
    flags = hints->ai_flags;
    family = hints->ai_family;
    socktype = hints->ai_socktype;
    protocol = hints->ai_protocol;
  }
  if (flags & ~(AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_NUMERICSERV))
    return EAI_BADFLAGS;
  if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6)
    return EAI_FAMILY;
  if (socktype != 0 && socktype != SOCK_STREAM && socktype != SOCK_DGRAM)
    return EAI_SOCKTYPE;
  if (protocol != 0 && protocol != IPPROTO_TCP && protocol != IPPROTO_UDP)
    return EAI_SERVICE;
  if ((socktype == SOCK_STREAM && protocol == IPPROTO_UDP) ||
      (socktype == SOCK_DGRAM && protocol == IPPROTO_TCP))
    return EAI_SERVICE;
  if (node == NULL && service == NULL)
    return EAI_NONAME;
  if ((flags & AI_CANONNAME) && node == NULL)
    return EAI_BADFLAGS;

  // The address.
  unsigned char addr[16];
  int addr_family = AF_UNSPEC;
  if (node != NULL) {
    if (inet_pton(AF_INET, node, addr) == 1)
      addr_family = AF_INET;
    else if (inet_pton(AF_INET6, node, addr) == 1)
      addr_family = AF_INET6;
    else
      return EAI_NONAME;  // no name resolution
    if (family != AF_UNSPEC && family != addr_family)
      return EAI_NONAME;
  }

  // The socket types and their ports.
  struct {
    int socktype, protocol, port;
  } kinds[2];
  int nkinds = 0;
  for (int k = 0; k < 2; k++) {
    int st = k == 0 ? SOCK_STREAM : SOCK_DGRAM;
    int pr = k == 0 ? IPPROTO_TCP : IPPROTO_UDP;
    if ((socktype != 0 && socktype != st) || (protocol != 0 && protocol != pr))
      continue;
    int port = 0;
    if (service != NULL) {
      long v = parse_port(service);
      if (v == -2)
        return EAI_SERVICE;
      if (v >= 0) {
        port = htons((uint16_t)v);
      } else {
        if (flags & AI_NUMERICSERV)
          return EAI_NONAME;
        const struct servent *s =
            __netdb_find_service(service, 0, k == 0 ? "tcp" : "udp");
        if (s == NULL)
          continue;
        port = s->s_port;
      }
    }
    kinds[nkinds].socktype = st;
    kinds[nkinds].protocol = pr;
    kinds[nkinds].port = port;
    nkinds++;
  }
  if (nkinds == 0)
    return EAI_SERVICE;

  // Families to return: the node's, or both for a null node.
  int families[2];
  int nfamilies = 0;
  if (node != NULL) {
    families[nfamilies++] = addr_family;
  } else {
    if (family != AF_INET6)
      families[nfamilies++] = AF_INET;
    if (family != AF_INET)
      families[nfamilies++] = AF_INET6;
  }

  struct addrinfo *head = NULL, **tail = &head;
  for (int f = 0; f < nfamilies; f++) {
    for (int k = 0; k < nkinds; k++) {
      struct addrinfo_block *b = calloc(1, sizeof(*b));
      if (b == NULL) {
        freeaddrinfo(head);
        return EAI_MEMORY;
      }
      b->ai.ai_family = families[f];
      b->ai.ai_socktype = kinds[k].socktype;
      b->ai.ai_protocol = kinds[k].protocol;
      b->ai.ai_addr = (struct sockaddr *)&b->addr;
      if (families[f] == AF_INET) {
        b->ai.ai_addrlen = sizeof(struct sockaddr_in);
        b->addr.in.sin_family = AF_INET;
        b->addr.in.sin_port = (in_port_t)kinds[k].port;
        if (node != NULL)
          memcpy(&b->addr.in.sin_addr, addr, 4);
        else
          b->addr.in.sin_addr.s_addr =
              htonl(flags & AI_PASSIVE ? INADDR_ANY : INADDR_LOOPBACK);
      } else {
        b->ai.ai_addrlen = sizeof(struct sockaddr_in6);
        b->addr.in6.sin6_family = AF_INET6;
        b->addr.in6.sin6_port = (in_port_t)kinds[k].port;
        if (node != NULL)
          memcpy(&b->addr.in6.sin6_addr, addr, 16);
        else
          b->addr.in6.sin6_addr =
              flags & AI_PASSIVE ? in6addr_any : in6addr_loopback;
      }
      if (head == NULL && (flags & AI_CANONNAME)) {
        // The canonical name of a numeric address is the address itself.
        b->ai.ai_canonname = strdup(node);
        if (b->ai.ai_canonname == NULL) {
          free(b);
          return EAI_MEMORY;
        }
      }
      *tail = &b->ai;
      tail = &b->ai.ai_next;
    }
  }
  *res = head;
  return 0;
}
