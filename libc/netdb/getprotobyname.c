#include <netdb.h>
#include <string.h>

#include "netdb_impl.h"

struct protoent *getprotobyname(const char *name) {
  for (unsigned i = 0; i < __netdb_nprotoents; i++) {
    const struct protoent *p = &__netdb_protoents[i];
    if (strcmp(p->p_name, name) == 0)
      return (struct protoent *)p;
    for (char **a = p->p_aliases; *a != NULL; a++)
      if (strcmp(*a, name) == 0)
        return (struct protoent *)p;
  }
  return NULL;
}
