// Internal: handlers registered with pthread_atfork.
//
// The table grows with realloc and is only ever appended to.  Its lock is
// taken by __atfork_prepare and held across proc_fork, so a registration
// racing with a fork lands entirely before or after it; __atfork_parent
// and __atfork_child release it.  The child's handlers run while its
// thread still carries the parent's tid (before __pthread_fork_child), so
// they can unlock mutexes that prepare handlers locked, but must not
// create threads.  A handler must not call pthread_atfork.
#ifndef LIBC_INTERNAL_ATFORK_IMPL_H
#define LIBC_INTERNAL_ATFORK_IMPL_H

#include <stddef.h>

#include "lock.h"

struct atfork_handlers {
  void (*prepare)(void);
  void (*parent)(void);
  void (*child)(void);
};

extern libc_lock_t __atfork_lock;
extern struct atfork_handlers *__atfork_table;
extern size_t __atfork_count;

// Prepare handlers, newest first (POSIX), with the lock taken.
void __atfork_prepare(void);
// Parent or child handlers, oldest first, then the lock is let go.
void __atfork_parent(void);
void __atfork_child(void);

#endif
