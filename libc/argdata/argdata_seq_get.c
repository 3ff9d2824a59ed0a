#include <argdata.h>

#include "argdata_impl.h"

bool argdata_seq_get(const argdata_seq_iterator_t *it, const argdata_t **elem) {
  if (it->index == ARGDATA_ITERATOR_END || it->index == ARGDATA_ITERATOR_INVALID)
    return false;
  const struct argdata_iterator_state *st = (const struct argdata_iterator_state *)it->data;
  *elem = st->container != NULL ? st->container->seq.items[it->index] : &st->key;
  return true;
}
