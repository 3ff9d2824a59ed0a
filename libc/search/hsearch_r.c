#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

#include "hsearch_impl.h"

static struct __hsearch_slot *probe(struct __hsearch_slot *slots, size_t size,
                                    const char *key, uint64_t hash) {
  size_t mask = size - 1;
  for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
    struct __hsearch_slot *s = &slots[i];
    if (s->entry.key == NULL ||
        (s->hash == hash && strcmp(s->entry.key, key) == 0))
      return s;
  }
}

static int grow(struct hsearch_data *htab) {
  size_t size = htab->__size * 2;
  if (size > SIZE_MAX / sizeof(struct __hsearch_slot))
    return 0;
  struct __hsearch_slot *slots = calloc(size, sizeof(*slots));
  if (slots == NULL)
    return 0;
  for (size_t i = 0; i < htab->__size; i++) {
    struct __hsearch_slot *old = &htab->__slots[i];
    if (old->entry.key != NULL)
      *probe(slots, size, old->entry.key, old->hash) = *old;
  }
  free(htab->__slots);
  htab->__slots = slots;
  htab->__size = size;
  return 1;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **retval,
              struct hsearch_data *htab) {
  if (htab == NULL || htab->__size == 0 || item.key == NULL) {
    errno = EINVAL;
    *retval = NULL;
    return 0;
  }
  uint64_t hash = hsearch_hash(item.key);
  struct __hsearch_slot *s = probe(htab->__slots, htab->__size, item.key, hash);
  if (s->entry.key != NULL) {
    *retval = &s->entry;
    return 1;
  }
  if (action == FIND) {
    errno = ESRCH;
    *retval = NULL;
    return 0;
  }
  if (htab->__used + 1 > htab->__size / 4 * 3) {
    if (!grow(htab)) {
      errno = ENOMEM;
      *retval = NULL;
      return 0;
    }
    s = probe(htab->__slots, htab->__size, item.key, hash);
  }
  s->entry = item;
  s->hash = hash;
  htab->__used++;
  *retval = &s->entry;
  return 1;
}
