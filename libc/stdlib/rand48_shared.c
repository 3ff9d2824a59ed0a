// Internal: the state of drand48, lrand48 and mrand48.  srand48, seed48
// and lcong48 are not provided, so it is seeded with random bits on first
// use.  Bit 63 of the atomic word marks it as seeded; updates are a
// compare-and-swap loop, so concurrent callers each get a distinct step.
#include <cloudabi_syscalls.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>

#include "rand48.h"

#define SEEDED (UINT64_C(1) << 63)

static _Atomic uint64_t state;

uint64_t __rand48_shared(void) {
  uint64_t old = atomic_load_explicit(&state, memory_order_relaxed);
  if ((old & SEEDED) == 0) {
    uint64_t seed;
    if (cloudabi_sys_random_get(&seed, sizeof(seed)) != 0)
      abort();
    uint64_t expected = old;
    if (!atomic_compare_exchange_strong(&state, &expected,
                                        (seed & RAND48_MASK) | SEEDED))
      old = expected;  // seeded by another thread meanwhile
    else
      old = (seed & RAND48_MASK) | SEEDED;
  }
  uint64_t next;
  do
    next = rand48_next(old & RAND48_MASK) | SEEDED;
  while (!atomic_compare_exchange_weak_explicit(
      &state, &old, next, memory_order_relaxed, memory_order_relaxed));
  return next & RAND48_MASK;
}

void __rand48_fork_child(void) {
  atomic_store_explicit(&state, 0, memory_order_relaxed);
}
