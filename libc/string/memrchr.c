#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

// Searches aligned 16-byte blocks from the end of the range backward.
void *memrchr(const void *s, int c, size_t n) {
  if (__string_avx2)
    return __memrchr_avx2(s, c, n);
  if (n == 0)
    return NULL;
  const __m128i v = _mm_set1_epi8((char)c);
  uintptr_t start = (uintptr_t)s;
  uintptr_t end = start + n;
  uintptr_t block = (end - 1) & ~(uintptr_t)15;

  // Bits for the bytes of the last block that lie before `end`.
  unsigned int m = (unsigned int)_mm_movemask_epi8(
      _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)block), v));
  m &= 0xffffu >> (15 - ((end - 1) & 15));
  for (;;) {
    if (block <= start) {
      m &= 0xffffu << (start - block);
      return m != 0 ? (void *)(block + 31 - (unsigned int)__builtin_clz(m))
                    : NULL;
    }
    if (m != 0)
      return (void *)(block + 31 - (unsigned int)__builtin_clz(m));
    block -= 16;
    m = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)block), v));
  }
}
