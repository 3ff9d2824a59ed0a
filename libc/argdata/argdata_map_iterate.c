#include <argdata.h>

#include "argdata_impl.h"

void argdata_map_iterate(const argdata_t *ad, argdata_map_iterator_t *it) {
  __argdata_iterate(ad, &it->index, (struct argdata_iterator_state *)it->data, true);
}
