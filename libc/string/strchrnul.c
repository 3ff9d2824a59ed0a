#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

// Zero bytes of min(x ^ c, x) mark where the block x holds the character
// or the terminator.
static inline unsigned int stop_mask(__m128i x, __m128i v) {
  return (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(
      _mm_min_epu8(_mm_xor_si128(x, v), x), _mm_setzero_si128()));
}

// Only aligned 16-byte blocks (and 64-byte aligned lines) are read, so no
// page is touched that holds no byte of the string.
char *strchrnul(const char *s, int c) {
  if (__string_avx2)
    return __strchrnul_avx2(s, c);
  const __m128i v = _mm_set1_epi8((char)c);
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const char *p = (const char *)(addr - off);

  unsigned int m = stop_mask(_mm_load_si128((const __m128i *)p), v) >> off;
  if (m != 0)
    return (char *)s + __builtin_ctz(m);
  p += 16;
  // Single blocks until p is 64-byte aligned, then four blocks (one
  // 64-byte line, within one page) per iteration.
  while (((uintptr_t)p & 63) != 0) {
    m = stop_mask(_mm_load_si128((const __m128i *)p), v);
    if (m != 0)
      return (char *)p + __builtin_ctz(m);
    p += 16;
  }
  const __m128i zero = _mm_setzero_si128();
  for (;;) {
    __m128i a = _mm_load_si128((const __m128i *)p);
    __m128i b = _mm_load_si128((const __m128i *)(p + 16));
    __m128i c2 = _mm_load_si128((const __m128i *)(p + 32));
    __m128i d = _mm_load_si128((const __m128i *)(p + 48));
    a = _mm_min_epu8(_mm_xor_si128(a, v), a);
    b = _mm_min_epu8(_mm_xor_si128(b, v), b);
    c2 = _mm_min_epu8(_mm_xor_si128(c2, v), c2);
    d = _mm_min_epu8(_mm_xor_si128(d, v), d);
    __m128i lo = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c2, d));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(lo, zero)) != 0) {
      uint64_t m64 =
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(a, zero)) |
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(b, zero)) << 16 |
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(c2, zero)) << 32 |
          (uint64_t)(unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(d, zero)) << 48;
      return (char *)p + __builtin_ctzll(m64);
    }
    p += 64;
  }
}
