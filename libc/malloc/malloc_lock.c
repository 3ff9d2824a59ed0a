#include "malloc_lock.h"
#include "malloc_os.h"

// Spins reading the lock word (so waiters do not bounce its cache line with
// writes), doubling the pause between attempts up to a limit; after that
// each further round yields the CPU, which also guarantees progress when the
// holder has been preempted.
void __malloc_lock_contended(malloc_lock_t *l) {
  unsigned pause = 1;
  for (;;) {
    if (atomic_load_explicit(&l->word, memory_order_relaxed) == 0 &&
        atomic_exchange_explicit(&l->word, 1, memory_order_acquire) == 0)
      return;
    if (pause <= 64) {
      for (unsigned i = 0; i < pause; ++i)
        __builtin_ia32_pause();
      pause *= 2;
    } else {
      __malloc_os_yield();
    }
  }
}
