// The machinery behind argdata_{map,seq}_{iterate,next}: one walker for both
// container kinds, over serialized or in-memory data.
#include <argdata.h>

#include "argdata_impl.h"

// Serialized: reads the next element (and value, for maps) into the state.
static void read_current(size_t *index, struct argdata_iterator_state *st, bool pairs) {
  if (st->remaining == 0) {
    *index = ARGDATA_ITERATOR_END;
    return;
  }
  const uint8_t *field;
  size_t len;
  if (__argdata_read_subfield(&st->pos, &st->remaining, &field, &len) != 0) {
    *index = ARGDATA_ITERATOR_INVALID;
    return;
  }
  argdata_init_buffer(&st->key, field, len, st->convert_fd, st->convert_arg);
  if (pairs) {
    // A key without a value makes the map malformed.
    if (__argdata_read_subfield(&st->pos, &st->remaining, &field, &len) != 0) {
      *index = ARGDATA_ITERATOR_INVALID;
      return;
    }
    argdata_init_buffer(&st->value, field, len, st->convert_fd, st->convert_arg);
  }
}

void __argdata_iterate(const argdata_t *ad, size_t *index,
                       struct argdata_iterator_state *st, bool pairs) {
  st->container = NULL;
  if (ad->kind == (pairs ? AD_MAP : AD_SEQ)) {
    st->container = ad;
    size_t count = pairs ? ad->map.count : ad->seq.count;
    *index = count == 0 ? ARGDATA_ITERATOR_END : 0;
    return;
  }
  unsigned tag;
  const uint8_t *payload;
  size_t len;
  if (ad->kind != AD_BUFFER || !argdata_buffer_split(ad, &tag, &payload, &len) ||
      tag != (pairs ? ADT_MAP : ADT_SEQ)) {
    *index = ARGDATA_ITERATOR_INVALID;
    return;
  }
  st->pos = payload;
  st->remaining = len;
  st->convert_fd = ad->buffer.convert_fd;
  st->convert_arg = ad->buffer.convert_arg;
  *index = 0;
  read_current(index, st, pairs);
}

void __argdata_iterator_advance(size_t *index, struct argdata_iterator_state *st, bool pairs) {
  if (*index == ARGDATA_ITERATOR_END || *index == ARGDATA_ITERATOR_INVALID)
    return;
  ++*index;
  if (st->container != NULL) {
    size_t count = pairs ? st->container->map.count : st->container->seq.count;
    if (*index >= count)
      *index = ARGDATA_ITERATOR_END;
    return;
  }
  read_current(index, st, pairs);
}
