// The recursive stream lock.  Threads do not exist yet, so the owner is
// identified by the address of a thread-local variable and a waiter simply
// yields; the interface (__stdio_lock, __stdio_trylock, __stdio_unlock)
// is all callers see, so the lock word can change later.
#include <cloudabi_syscalls.h>
#include <stdatomic.h>

#include "stdio_impl.h"

static _Thread_local char thread_identity;

static uintptr_t self(void) {
  return (uintptr_t)&thread_identity;
}

bool __stdio_trylock(FILE *f) {
  uintptr_t me = self();
  if (atomic_load_explicit(&f->lock_owner, memory_order_relaxed) == me) {
    f->lock_depth++;
    return true;
  }
  uintptr_t expected = 0;
  if (!atomic_compare_exchange_strong_explicit(&f->lock_owner, &expected, me,
                                               memory_order_acquire, memory_order_relaxed))
    return false;
  f->lock_depth = 1;
  return true;
}

void __stdio_lock(FILE *f) {
  while (!__stdio_trylock(f))
    cloudabi_sys_thread_yield();
}

void __stdio_unlock(FILE *f) {
  if (--f->lock_depth == 0)
    atomic_store_explicit(&f->lock_owner, 0, memory_order_release);
}
