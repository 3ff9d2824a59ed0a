#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>

#include "netdb_impl.h"

// Host names are never looked up: the host is always given numerically.
int getnameinfo(const struct sockaddr *restrict sa, socklen_t salen,
                char *restrict host, socklen_t hostlen, char *restrict serv,
                socklen_t servlen, int flags) {
  if (flags & ~(NI_NUMERICHOST | NI_NUMERICSERV | NI_NUMERICSCOPE | NI_DGRAM))
    return EAI_BADFLAGS;
  if (sa == NULL)
    return EAI_FAMILY;
  const void *addr;
  int port;
  uint32_t scope = 0;
  if (sa->sa_family == AF_INET) {
    if (salen < sizeof(struct sockaddr_in))
      return EAI_FAMILY;
    const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
    addr = &in->sin_addr;
    port = in->sin_port;
  } else if (sa->sa_family == AF_INET6) {
    if (salen < sizeof(struct sockaddr_in6))
      return EAI_FAMILY;
    const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
    addr = &in6->sin6_addr;
    port = in6->sin6_port;
    scope = in6->sin6_scope_id;
  } else {
    return EAI_FAMILY;
  }
  if (host == NULL && serv == NULL)
    return EAI_NONAME;
  if (host != NULL && hostlen > 0) {
    char buf[INET6_ADDRSTRLEN + 12];
    if (inet_ntop(sa->sa_family, addr, buf, sizeof(buf)) == NULL)
      return EAI_FAMILY;
    if (scope != 0) {
      size_t n = strlen(buf);
      snprintf(buf + n, sizeof(buf) - n, "%%%u", (unsigned)scope);
    }
    if (strlen(buf) >= hostlen)
      return EAI_OVERFLOW;
    strcpy(host, buf);
  }
  if (serv != NULL && servlen > 0) {
    const struct servent *s = NULL;
    if (!(flags & NI_NUMERICSERV))
      s = __netdb_find_service(NULL, port, flags & NI_DGRAM ? "udp" : "tcp");
    char buf[NI_MAXSERV];
    if (s != NULL)
      snprintf(buf, sizeof(buf), "%s", s->s_name);
    else
      snprintf(buf, sizeof(buf), "%u", (unsigned)ntohs((uint16_t)port));
    if (strlen(buf) >= servlen)
      return EAI_OVERFLOW;
    strcpy(serv, buf);
  }
  return 0;
}
