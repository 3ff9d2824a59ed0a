#include <arpa/inet.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>

#include <uv.h>

// An address may end in %zone: an interface name or a number.
int uv_ip6_addr(const char *ip, int port, struct sockaddr_in6 *addr) {
  memset(addr, 0, sizeof(*addr));
  addr->sin6_family = AF_INET6;
  addr->sin6_port = htons((uint16_t)port);
  const char *zone = strchr(ip, '%');
  if (zone != NULL) {
    char *end;
    unsigned long id = strtoul(zone + 1, &end, 10);
    addr->sin6_scope_id = *end == '\0' && end != zone + 1
                              ? (uint32_t)id
                              : if_nametoindex(zone + 1);
  }
  return uv_inet_pton(AF_INET6, ip, &addr->sin6_addr);
}
