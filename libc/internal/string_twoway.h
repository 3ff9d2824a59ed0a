// Internal: the pieces of two-way string matching (Crochemore and Perrin)
// shared by strstr and memmem.
#ifndef LIBC_INTERNAL_STRING_TWOWAY_H
#define LIBC_INTERNAL_STRING_TWOWAY_H

#include <emmintrin.h>
#include <stddef.h>

// Maximal suffix of x[0, m) in byte order (or in reversed order): returns
// the index where it starts and stores its period.
static inline size_t maximal_suffix(const unsigned char *x, size_t m, int reversed,
                                    size_t *period) {
  size_t start = 0;  // Start of the best suffix found so far.
  size_t j = 1;      // Start of the suffix being compared with it.
  size_t k = 0;      // Offset within both.
  size_t p = 1;      // Period of the best suffix.
  while (j + k < m) {
    unsigned char a = x[j + k], b = x[start + k];
    if (a == b) {
      if (++k == p) {
        j += p;
        k = 0;
      }
    } else if ((a < b) != (reversed != 0)) {
      j += k + 1;
      k = 0;
      p = j - start;
    } else {
      start = j++;
      k = 0;
      p = 1;
    }
  }
  *period = p;
  return start;
}

// First index i' >= i with x[i'] != y[i'], or m if x[i, m) == y[i, m).  Both
// ranges must be readable up to m.
static inline size_t mismatch(const unsigned char *x, const unsigned char *y,
                              size_t i, size_t m) {
  while (m - i >= 16) {
    unsigned int eq = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(x + i)),
                       _mm_loadu_si128((const __m128i *)(y + i))));
    if (eq != 0xffff)
      return i + (unsigned int)__builtin_ctz(~eq);
    i += 16;
  }
  while (i < m && x[i] == y[i])
    ++i;
  return i;
}

#endif
