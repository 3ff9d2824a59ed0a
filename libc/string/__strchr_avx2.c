#define STRING_AVX2_IMPL
#include "string_avx2.h"

// min(x ^ c, x) is zero exactly where x holds c or the terminator.
static inline AVX2_FN __m256i stops(__m256i x, __m256i v) {
  return _mm256_min_epu8(_mm256_xor_si256(x, v), x);
}

// The first stop (lowest bit of `stop`) is c if its bit is set in the
// mask of bytes equal to c as well (c itself may be '\0').
static inline char *result(const char *p, uint32_t stop, uint32_t eq) {
  unsigned int i = (unsigned int)__builtin_ctz(stop);
  return (eq >> i & 1) != 0 ? (char *)p + i : NULL;
}

// __strchrnul_avx2's scan; the answer comes from the masks, not from
// reading the byte found again.
AVX2_FN char *__strchr_avx2(const char *s, int c) {
  const __m256i v = _mm256_set1_epi8((char)c);
  unsigned int off = (uintptr_t)s & 31;
  const char *p = s - off;
  __m256i x = avx2_load(p);
  uint32_t m = avx2_zero_mask(stops(x, v)) >> off;
  if (m != 0)
    return result(s, m, avx2_eq_mask(x, v) >> off);
  p += 32;
  while (((uintptr_t)p & 127) != 0) {
    x = avx2_load(p);
    m = avx2_zero_mask(stops(x, v));
    if (m != 0)
      return result(p, m, avx2_eq_mask(x, v));
    p += 32;
  }
  for (;;) {
    __m256i a = stops(avx2_load(p), v), b = stops(avx2_load(p + 32), v);
    __m256i c2 = stops(avx2_load(p + 64), v), d = stops(avx2_load(p + 96), v);
    __m256i lo = _mm256_min_epu8(_mm256_min_epu8(a, b), _mm256_min_epu8(c2, d));
    if (avx2_zero_mask(lo) != 0) {
      const char *q = p;
      m = avx2_zero_mask(a);
      if (m == 0) {
        q += 32;
        m = avx2_zero_mask(b);
      }
      if (m == 0) {
        q += 32;
        m = avx2_zero_mask(c2);
      }
      if (m == 0) {
        q += 32;
        m = avx2_zero_mask(d);
      }
      return result(q, m, avx2_eq_mask(avx2_load(q), v));
    }
    p += 128;
  }
}
