// The recursive stream lock, on the libc's lock words: flockfile may nest,
// and contended waiters sleep in the runtime instead of spinning.
#include "lock.h"
#include "stdio_impl.h"

bool __stdio_trylock(FILE *f) {
  return libc_rlock_tryacquire(&f->lock);
}

void __stdio_lock(FILE *f) {
  libc_rlock_acquire(&f->lock);
}

void __stdio_unlock(FILE *f) {
  libc_rlock_release(&f->lock);
}
