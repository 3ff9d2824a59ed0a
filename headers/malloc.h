// <malloc.h>: memory allocation, with the allocator's one extension.
//
// Omitted, and why:
//   mallinfo, mallinfo2, malloc_stats, malloc_info, mallopt, malloc_trim:
//     process-wide tuning and statistics of a particular allocator's global
//     state; the allocator tunes itself.
//   __malloc_hook, __free_hook and the other hooks: mutable global function
//     pointers that interpose on every allocation.
//   memalign, valloc, pvalloc: obsolete; use posix_memalign or aligned_alloc.
#ifndef _MALLOC_H_
#define _MALLOC_H_

#include <_/types.h>

_CLOUDLIBC_BEGIN

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void *reallocarray(void *, size_t, size_t);
void free(void *);
int posix_memalign(void **, size_t, size_t);
void *aligned_alloc(size_t, size_t);

// The number of bytes usable at p, which is at least the size requested
// when p was allocated; 0 for NULL.  The extra bytes may be used as if they
// had been requested, and realloc preserves them.
size_t malloc_usable_size(void *);

_CLOUDLIBC_END

#endif
