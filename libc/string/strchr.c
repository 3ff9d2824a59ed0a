#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

// Zero bytes of min(x ^ c, x) mark where the block x holds the character
// or the terminator.
static inline char *found(const char *p, int c) {
  return *p == (char)c ? (char *)p : NULL;
}

static inline unsigned int stop_mask(__m128i x, __m128i v) {
  return (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(
      _mm_min_epu8(_mm_xor_si128(x, v), x), _mm_setzero_si128()));
}

// Same scan as strchrnul; the stop byte found is either c or the
// terminator.  Only aligned 16-byte blocks (and 32-byte aligned pairs) are
// read, so no page is touched that holds no byte of the string.
char *strchr(const char *s, int c) {
  if (__string_avx2)
    return __strchr_avx2(s, c);
  const __m128i v = _mm_set1_epi8((char)c);
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const char *p = (const char *)(addr - off);

  unsigned int m = stop_mask(_mm_load_si128((const __m128i *)p), v) >> off;
  if (m != 0)
    return found(s + __builtin_ctz(m), c);
  p += 16;
  if (((uintptr_t)p & 31) != 0) {
    m = stop_mask(_mm_load_si128((const __m128i *)p), v);
    if (m != 0)
      return found(p + __builtin_ctz(m), c);
    p += 16;
  }
  for (;;) {
    __m128i x = _mm_load_si128((const __m128i *)p);
    __m128i y = _mm_load_si128((const __m128i *)(p + 16));
    __m128i sx = _mm_min_epu8(_mm_xor_si128(x, v), x);
    __m128i sy = _mm_min_epu8(_mm_xor_si128(y, v), y);
    __m128i z = _mm_cmpeq_epi8(_mm_min_epu8(sx, sy), _mm_setzero_si128());
    if (_mm_movemask_epi8(z) != 0) {
      m = (unsigned int)_mm_movemask_epi8(
          _mm_cmpeq_epi8(sx, _mm_setzero_si128()));
      if (m != 0)
        return found(p + __builtin_ctz(m), c);
      m = (unsigned int)_mm_movemask_epi8(
          _mm_cmpeq_epi8(sy, _mm_setzero_si128()));
      return found(p + 16 + __builtin_ctz(m), c);
    }
    p += 32;
  }
}
