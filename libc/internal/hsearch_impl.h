// Internal: the slots of a struct hsearch_data table (open addressing with
// linear probing; a null key marks a free slot; the table doubles when it
// is three quarters full).
#ifndef LIBC_INTERNAL_HSEARCH_IMPL_H
#define LIBC_INTERNAL_HSEARCH_IMPL_H

#include <search.h>
#include <stddef.h>
#include <stdint.h>

struct __hsearch_slot {
  ENTRY entry;
  uint64_t hash;
};

// FNV-1a over the key's bytes.
static inline uint64_t hsearch_hash(const char *key) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char *p = (const unsigned char *)key; *p != '\0'; p++)
    h = (h ^ *p) * 0x100000001b3ULL;
  return h;
}

#endif
