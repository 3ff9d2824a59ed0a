#include <argdata.h>

#include "argdata_impl.h"

bool argdata_map_get(const argdata_map_iterator_t *it, const argdata_t **key,
                     const argdata_t **value) {
  if (it->index == ARGDATA_ITERATOR_END || it->index == ARGDATA_ITERATOR_INVALID)
    return false;
  const struct argdata_iterator_state *st = (const struct argdata_iterator_state *)it->data;
  if (st->container != NULL) {
    *key = st->container->map.keys[it->index];
    *value = st->container->map.values[it->index];
  } else {
    *key = &st->key;
    *value = &st->value;
  }
  return true;
}
