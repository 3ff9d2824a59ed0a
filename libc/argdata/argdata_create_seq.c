#include <argdata.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_seq(const argdata_t *const *items, size_t count) {
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_SEQ;
  ad->seq.items = items;
  ad->seq.count = count;
  return ad;
}
