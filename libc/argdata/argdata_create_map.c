#include <argdata.h>
#include <stdlib.h>

#include "argdata_impl.h"

argdata_t *argdata_create_map(const argdata_t *const *keys, const argdata_t *const *values,
                              size_t count) {
  argdata_t *ad = malloc(sizeof(*ad));
  if (ad == NULL)
    return NULL;
  ad->kind = AD_MAP;
  ad->map.keys = keys;
  ad->map.values = values;
  ad->map.count = count;
  return ad;
}
