#include <netdb.h>

#include "netdb_impl.h"

struct servent *getservbyname(const char *name, const char *proto) {
  return (struct servent *)__netdb_find_service(name, 0, proto);
}
