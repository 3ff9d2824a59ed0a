#include "malloc_impl.h"

// A slot of a class whose size is a multiple of align is aligned to align as
// long as align is at most the 64 KiB granule that spans are aligned to
// (slots lie at multiples of the size from the span's start), and the 64 KiB
// class is a multiple of every such alignment.  Larger alignments are placed
// inside a mapping of their own.
void *__malloc_aligned(size_t align, size_t n) {
  if (align <= MALLOC_ALIGNMENT)
    return n <= MALLOC_SMALL_MAX ? __malloc_class_alloc(__malloc_class_of(n))
                                 : __malloc_large_alloc(n, 0, false);
  if (n <= MALLOC_SMALL_MAX && align <= MALLOC_GRANULE) {
    unsigned c = __malloc_class_of(n > align ? n : align);
    while (__malloc_classes[c].size % align != 0)
      ++c;
    return __malloc_class_alloc(c);
  }
  return __malloc_large_alloc(n, align, false);
}
