#include <stdatomic.h>

#include "malloc_impl.h"

// The radix map from granules to owners: the root covers 2^47 bytes, each
// leaf 4 GiB.  Leaves (512 KiB each) are mapped on first use and never
// released; untouched parts of them cost no memory.
_Atomic(atomic_uintptr_t *) __malloc_map_root[1 << MALLOC_MAP_ROOT_BITS];
malloc_lock_t __malloc_map_lock = MALLOC_LOCK_INITIALIZER;

#define LEAF_ENTRIES ((size_t)1 << MALLOC_MAP_LEAF_BITS)
#define LEAF_SHIFT (MALLOC_GRANULE_SHIFT + MALLOC_MAP_LEAF_BITS)

static atomic_uintptr_t *leaf_for(uintptr_t addr, bool create) {
  _Atomic(atomic_uintptr_t *) *slot = &__malloc_map_root[addr >> LEAF_SHIFT];
  atomic_uintptr_t *leaf = atomic_load_explicit(slot, memory_order_acquire);
  if (leaf != NULL || !create)
    return leaf;
  malloc_lock(&__malloc_map_lock);
  leaf = atomic_load_explicit(slot, memory_order_relaxed);
  if (leaf == NULL) {
    leaf = __malloc_os_map(NULL, LEAF_ENTRIES * sizeof(*leaf));
    if (leaf != NULL)
      atomic_store_explicit(slot, leaf, memory_order_release);
  }
  malloc_unlock(&__malloc_map_lock);
  return leaf;
}

bool __malloc_map_set(uintptr_t addr, size_t len, uintptr_t entry) {
  // The heap only ever receives addresses below 2^47 from the system; the
  // check keeps a misbehaving system from making us index past the root.
  uintptr_t end = addr + len;
  if (end > ((uintptr_t)1 << MALLOC_ADDRESS_BITS) || end < addr)
    return false;
  for (uintptr_t g = addr >> MALLOC_GRANULE_SHIFT;
       g <= (end - 1) >> MALLOC_GRANULE_SHIFT; ++g) {
    atomic_uintptr_t *leaf = leaf_for(g << MALLOC_GRANULE_SHIFT, true);
    if (leaf == NULL) {
      // Undo what was set so far.
      if (g > addr >> MALLOC_GRANULE_SHIFT)
        __malloc_map_clear(addr, (g << MALLOC_GRANULE_SHIFT) - addr);
      return false;
    }
    atomic_store_explicit(&leaf[g & (LEAF_ENTRIES - 1)], entry,
                          memory_order_relaxed);
  }
  return true;
}

void __malloc_map_clear(uintptr_t addr, size_t len) {
  uintptr_t end = addr + len;
  for (uintptr_t g = addr >> MALLOC_GRANULE_SHIFT;
       g <= (end - 1) >> MALLOC_GRANULE_SHIFT; ++g) {
    atomic_uintptr_t *leaf = leaf_for(g << MALLOC_GRANULE_SHIFT, false);
    if (leaf != NULL)
      atomic_store_explicit(&leaf[g & (LEAF_ENTRIES - 1)], 0,
                            memory_order_relaxed);
  }
}
