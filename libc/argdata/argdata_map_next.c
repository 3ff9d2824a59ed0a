#include <argdata.h>

#include "argdata_impl.h"

void argdata_map_next(argdata_map_iterator_t *it) {
  __argdata_iterator_advance(&it->index, (struct argdata_iterator_state *)it->data, true);
}
