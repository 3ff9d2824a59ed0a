#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

// Reads aligned 16-byte blocks only, so it never touches a page that holds
// no byte of the string.
size_t strlen(const char *s) {
  if (__string_avx2)
    return __strlen_avx2(s);
  const __m128i zero = _mm_setzero_si128();
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const char *p = (const char *)(addr - off);

  unsigned int m = (unsigned int)_mm_movemask_epi8(
                       _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), zero)) >>
                   off;
  if (m != 0)
    return (size_t)__builtin_ctz(m);
  p += 16;

  // Single blocks until p is 64-byte aligned, then 64 bytes per iteration.
  while (((uintptr_t)p & 63) != 0) {
    m = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), zero));
    if (m != 0)
      return (size_t)(p - s) + (unsigned int)__builtin_ctz(m);
    p += 16;
  }
  for (;;) {
    __m128i a = _mm_load_si128((const __m128i *)p);
    __m128i b = _mm_load_si128((const __m128i *)(p + 16));
    __m128i c = _mm_load_si128((const __m128i *)(p + 32));
    __m128i d = _mm_load_si128((const __m128i *)(p + 48));
    __m128i lo = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(lo, zero)) != 0) {
      uint64_t m64 =
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(a, zero)) |
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(b, zero))
              << 16 |
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(c, zero))
              << 32 |
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(d, zero))
              << 48;
      return (size_t)(p - s) + (size_t)__builtin_ctzll(m64);
    }
    p += 64;
  }
}
