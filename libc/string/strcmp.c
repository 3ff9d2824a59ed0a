#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

#define PAGE_SIZE 4096

// True if an unaligned 16-byte load at p could cross into the next page.
static inline int near_page_end(const unsigned char *p) {
  return ((uintptr_t)p & (PAGE_SIZE - 1)) > PAGE_SIZE - 16;
}

// Bit i is set if byte i of a is the terminator or differs from b.
// cmpeq(a, b) is 0x00 where they differ and 0xff where equal, so its
// unsigned minimum with a is zero exactly at the stop bytes.
static inline unsigned int stop_mask(__m128i a, __m128i b) {
  return (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(
      _mm_min_epu8(a, _mm_cmpeq_epi8(a, b)), _mm_setzero_si128()));
}

int strcmp(const char *s1, const char *s2) {
  if (__string_avx2)
    return __strcmp_avx2(s1, s2);
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;

  // Make a 16-byte aligned.  Its loads are then always safe; b is loaded
  // unaligned except when that could cross a page.
  unsigned int head = (uintptr_t)a & 15;
  if (head != 0) {
    unsigned int k = 16 - head;
    if (near_page_end(a) || near_page_end(b)) {
      for (unsigned int i = 0; i < k; ++i)
        if (a[i] != b[i] || a[i] == '\0')
          return (int)a[i] - (int)b[i];
    } else {
      __m128i x = _mm_loadu_si128((const __m128i *)a);
      __m128i y = _mm_loadu_si128((const __m128i *)b);
      unsigned int m = stop_mask(x, y);
      if (m != 0) {
        unsigned int i = (unsigned int)__builtin_ctz(m);
        return (int)a[i] - (int)b[i];
      }
    }
    a += k;
    b += k;
  }
  for (;;) {
    if (near_page_end(b)) {
      // Once per page of b: go byte by byte over these 16 bytes.
      for (unsigned int i = 0; i < 16; ++i)
        if (a[i] != b[i] || a[i] == '\0')
          return (int)a[i] - (int)b[i];
    } else {
      __m128i x = _mm_load_si128((const __m128i *)a);
      __m128i y = _mm_loadu_si128((const __m128i *)b);
      unsigned int m = stop_mask(x, y);
      if (m != 0) {
        unsigned int i = (unsigned int)__builtin_ctz(m);
        return (int)a[i] - (int)b[i];
      }
    }
    a += 16;
    b += 16;
  }
}
