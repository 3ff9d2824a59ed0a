#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

// Searches aligned 16-byte blocks.  An aligned block never straddles a page
// boundary, so the bytes read outside [s, s + n), or past the first match,
// cannot fault.
void *memchr(const void *s, int c, size_t n) {
  if (__string_avx2)
    return __memchr_avx2(s, c, n);
  if (n == 0)
    return NULL;
  const __m128i v = _mm_set1_epi8((char)c);
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const unsigned char *p = (const unsigned char *)(addr - off);

  unsigned int m = (unsigned int)_mm_movemask_epi8(
                       _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), v)) >>
                   off;
  if (m != 0) {
    unsigned int i = (unsigned int)__builtin_ctz(m);
    return i < n ? (void *)((const unsigned char *)s + i) : NULL;
  }
  // n counts the bytes from p onward that belong to the range.
  if (n <= 16 - off)
    return NULL;
  n -= 16 - off;
  p += 16;

  // Single blocks until p is 64-byte aligned: memchr must behave as if it
  // stopped at the first match, and n may exceed the object (strnlen), so
  // a group of four blocks is read only if they share a page.
  while (((uintptr_t)p & 63) != 0) {
    m = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), v));
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return i < n ? (void *)(p + i) : NULL;
    }
    if (n <= 16)
      return NULL;
    n -= 16;
    p += 16;
  }
  while (n > 64) {
    __m128i e0 = _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), v);
    __m128i e1 = _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(p + 16)), v);
    __m128i e2 = _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(p + 32)), v);
    __m128i e3 = _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(p + 48)), v);
    __m128i any = _mm_or_si128(_mm_or_si128(e0, e1), _mm_or_si128(e2, e3));
    if (_mm_movemask_epi8(any) != 0) {
      uint64_t m64 = (uint64_t)(unsigned int)_mm_movemask_epi8(e0) |
                     (uint64_t)(unsigned int)_mm_movemask_epi8(e1) << 16 |
                     (uint64_t)(unsigned int)_mm_movemask_epi8(e2) << 32 |
                     (uint64_t)(unsigned int)_mm_movemask_epi8(e3) << 48;
      return (void *)(p + __builtin_ctzll(m64));
    }
    p += 64;
    n -= 64;
  }
  for (;;) {
    m = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), v));
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return i < n ? (void *)(p + i) : NULL;
    }
    if (n <= 16)
      return NULL;
    n -= 16;
    p += 16;
  }
}
