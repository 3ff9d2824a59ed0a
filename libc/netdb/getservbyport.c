#include <netdb.h>

#include "netdb_impl.h"

// port is in network byte order, as in struct servent.
struct servent *getservbyport(int port, const char *proto) {
  return (struct servent *)__netdb_find_service(NULL, port, proto);
}
