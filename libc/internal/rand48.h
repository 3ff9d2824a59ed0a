// Internal: the drand48 family's linear congruential generator
// X' = (0x5DEECE66D * X + 0xB) mod 2^48 (POSIX), on caller-supplied state
// (three 16-bit words, least significant first) or on the library's own.
#ifndef LIBC_INTERNAL_RAND48_H
#define LIBC_INTERNAL_RAND48_H

#include <stdint.h>

#define RAND48_A UINT64_C(0x5DEECE66D)
#define RAND48_C UINT64_C(0xB)
#define RAND48_MASK ((UINT64_C(1) << 48) - 1)

static inline uint64_t rand48_next(uint64_t x) {
  return (x * RAND48_A + RAND48_C) & RAND48_MASK;
}

// Advances xsubi and returns the new 48-bit value.
static inline uint64_t rand48_step(unsigned short xsubi[3]) {
  uint64_t x = (uint64_t)xsubi[0] | (uint64_t)xsubi[1] << 16 |
               (uint64_t)xsubi[2] << 32;
  x = rand48_next(x);
  xsubi[0] = (unsigned short)x;
  xsubi[1] = (unsigned short)(x >> 16);
  xsubi[2] = (unsigned short)(x >> 32);
  return x;
}

// Advances the library's state (shared by drand48, lrand48 and mrand48,
// seeded from random_get on first use; safe to call from several threads)
// and returns the new 48-bit value.
uint64_t __rand48_shared(void);

// For a fork() wrapper, in the child: reseeds the shared state on next use.
void __rand48_fork_child(void);

#endif
