#define STRING_AVX2_IMPL
#include "string_avx2.h"

// memchr must act as if it stopped at the first match, and n may exceed the
// object (strnlen): bytes past the range are read only in aligned blocks,
// and four blocks at once only within one 128-byte line.
AVX2_FN void *__memchr_avx2(const void *s, int c, size_t n) {
  if (n == 0)
    return NULL;
  const __m256i v = _mm256_set1_epi8((char)c);
  unsigned int off = (uintptr_t)s & 31;
  const unsigned char *p = (const unsigned char *)s - off;
  uint32_t m = avx2_eq_mask(avx2_load(p), v) >> off;
  if (m != 0) {
    unsigned int i = (unsigned int)__builtin_ctz(m);
    return i < n ? (void *)((const unsigned char *)s + i) : NULL;
  }
  // From here n counts the bytes of the range from p onward.
  if (n <= 32 - off)
    return NULL;
  n -= 32 - off;
  p += 32;
  while (((uintptr_t)p & 127) != 0) {
    m = avx2_eq_mask(avx2_load(p), v);
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return i < n ? (void *)(p + i) : NULL;
    }
    if (n <= 32)
      return NULL;
    n -= 32;
    p += 32;
  }
  while (n > 128) {
    __m256i e0 = _mm256_cmpeq_epi8(avx2_load(p), v);
    __m256i e1 = _mm256_cmpeq_epi8(avx2_load(p + 32), v);
    __m256i e2 = _mm256_cmpeq_epi8(avx2_load(p + 64), v);
    __m256i e3 = _mm256_cmpeq_epi8(avx2_load(p + 96), v);
    __m256i any = _mm256_or_si256(_mm256_or_si256(e0, e1), _mm256_or_si256(e2, e3));
    if (_mm256_movemask_epi8(any) != 0) {
      uint64_t m64 = (uint32_t)_mm256_movemask_epi8(e0) |
                     (uint64_t)(uint32_t)_mm256_movemask_epi8(e1) << 32;
      if (m64 != 0)
        return (void *)(p + __builtin_ctzll(m64));
      m64 = (uint32_t)_mm256_movemask_epi8(e2) |
            (uint64_t)(uint32_t)_mm256_movemask_epi8(e3) << 32;
      return (void *)(p + 64 + __builtin_ctzll(m64));
    }
    p += 128;
    n -= 128;
  }
  for (;;) {
    m = avx2_eq_mask(avx2_load(p), v);
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return i < n ? (void *)(p + i) : NULL;
    }
    if (n <= 32)
      return NULL;
    n -= 32;
    p += 32;
  }
}
