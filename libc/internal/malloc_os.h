// Internal: the allocator's whole interface to the system.  Kept apart so the
// allocator can be built and stress-tested on a host against an mmap-based
// version of these five functions.
#ifndef LIBC_INTERNAL_MALLOC_OS_H
#define LIBC_INTERNAL_MALLOC_OS_H

#include <stddef.h>

// Page size of the system.  CloudABI on x86_64 uses 4 KiB pages.
// TODO(lead): read the page size from the libc once it exports one.
#define MALLOC_PAGE_SIZE ((size_t)4096)

// Maps len bytes (a multiple of the page size) of zeroed, readable and
// writable anonymous memory.  With hint != NULL the system is asked to place
// the mapping there; the result may lie elsewhere.  Returns NULL on failure.
void *__malloc_os_map(void *hint, size_t len);

// Unmaps a page-aligned range.
void __malloc_os_unmap(void *addr, size_t len);

// Gives the physical pages of a range back to the system; the range stays
// mapped and reads as zeros afterwards.
void __malloc_os_decommit(void *addr, size_t len);

// Lets other threads run; used by a lock waiter that has spun for a while.
void __malloc_os_yield(void);

// Fills buf with random bytes (best effort: the allocator only uses them to
// make its free-object marker unpredictable).
void __malloc_os_random(void *buf, size_t len);

#endif
