#include <errno.h>
#include <search.h>
#include <stdlib.h>

#include "hsearch_impl.h"

int hcreate_r(size_t nel, struct hsearch_data *htab) {
  if (htab == NULL) {
    errno = EINVAL;
    return 0;
  }
  // Room for nel entries below the growth threshold.
  size_t size = 8;
  while (size / 4 * 3 < nel) {
    if (size > SIZE_MAX / 2 / sizeof(struct __hsearch_slot)) {
      errno = ENOMEM;
      return 0;
    }
    size *= 2;
  }
  struct __hsearch_slot *slots = calloc(size, sizeof(*slots));
  if (slots == NULL)
    return 0;
  htab->__slots = slots;
  htab->__size = size;
  htab->__used = 0;
  return 1;
}
