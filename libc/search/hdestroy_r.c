#include <search.h>
#include <stdlib.h>

#include "hsearch_impl.h"

void hdestroy_r(struct hsearch_data *htab) {
  if (htab == NULL)
    return;
  free(htab->__slots);
  htab->__slots = NULL;
  htab->__size = 0;
  htab->__used = 0;
}
