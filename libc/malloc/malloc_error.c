#include <stdlib.h>

#include "malloc_impl.h"

// Heap misuse ends the process: continuing would hand the same memory to two
// owners.  Separate, never-inlined functions keep the checks in the hot paths
// to a compare and a rarely taken branch.

__attribute__((noinline, cold)) void __malloc_bad_pointer(const void *p) {
  (void)p;  // not an object returned by malloc and not yet freed
  abort();
}

__attribute__((noinline, cold)) void __malloc_double_free(const void *p) {
  (void)p;  // already free
  abort();
}

__attribute__((noinline, cold)) void __malloc_corrupted(const void *p) {
  (void)p;  // allocator metadata was overwritten
  abort();
}
