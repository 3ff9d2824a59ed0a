#include <netdb.h>

#include "netdb_impl.h"

struct protoent *getprotobynumber(int proto) {
  for (unsigned i = 0; i < __netdb_nprotoents; i++)
    if (__netdb_protoents[i].p_proto == proto)
      return (struct protoent *)&__netdb_protoents[i];
  return NULL;
}
