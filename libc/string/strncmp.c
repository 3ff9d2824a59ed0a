#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

#define PAGE_SIZE 4096

static inline int near_page_end(const unsigned char *p) {
  return ((uintptr_t)p & (PAGE_SIZE - 1)) > PAGE_SIZE - 16;
}

// Bit i is set if byte i of a is the terminator or differs from b.
static inline unsigned int stop_mask(__m128i a, __m128i b) {
  return (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(
      _mm_min_epu8(a, _mm_cmpeq_epi8(a, b)), _mm_setzero_si128()));
}

// Like strcmp, with n bounding the bytes compared.  Bytes past n may be read
// within a 16-byte block whose first byte is in range and which does not
// cross a page, so such reads cannot fault.
int strncmp(const char *s1, const char *s2, size_t n) {
  if (__string_avx2)
    return __strncmp_avx2(s1, s2, n);
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  if (n == 0)
    return 0;

  unsigned int head = (uintptr_t)a & 15;
  if (head != 0) {
    unsigned int k = 16 - head;
    if (near_page_end(a) || near_page_end(b)) {
      for (unsigned int i = 0; i < k; ++i) {
        if (i >= n)
          return 0;
        if (a[i] != b[i] || a[i] == '\0')
          return (int)a[i] - (int)b[i];
      }
    } else {
      __m128i x = _mm_loadu_si128((const __m128i *)a);
      __m128i y = _mm_loadu_si128((const __m128i *)b);
      unsigned int m = stop_mask(x, y);
      if (m != 0) {
        unsigned int i = (unsigned int)__builtin_ctz(m);
        return i < n ? (int)a[i] - (int)b[i] : 0;
      }
    }
    if (n <= k)
      return 0;
    a += k;
    b += k;
    n -= k;
  }
  for (;;) {
    if (near_page_end(b)) {
      for (unsigned int i = 0; i < 16; ++i) {
        if (i >= n)
          return 0;
        if (a[i] != b[i] || a[i] == '\0')
          return (int)a[i] - (int)b[i];
      }
    } else {
      __m128i x = _mm_load_si128((const __m128i *)a);
      __m128i y = _mm_loadu_si128((const __m128i *)b);
      unsigned int m = stop_mask(x, y);
      if (m != 0) {
        unsigned int i = (unsigned int)__builtin_ctz(m);
        return i < n ? (int)a[i] - (int)b[i] : 0;
      }
    }
    if (n <= 16)
      return 0;
    a += 16;
    b += 16;
    n -= 16;
  }
}
