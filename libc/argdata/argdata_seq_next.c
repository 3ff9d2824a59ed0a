#include <argdata.h>

#include "argdata_impl.h"

void argdata_seq_next(argdata_seq_iterator_t *it) {
  __argdata_iterator_advance(&it->index, (struct argdata_iterator_state *)it->data, false);
}
