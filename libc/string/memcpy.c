#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_copy.h"

void *memcpy(void *restrict s1, const void *restrict s2, size_t n) {
  unsigned char *d = s1;
  const unsigned char *s = s2;

  if (copy_at_most_64(d, s, n))
    return s1;

  if (n >= REP_MOVSB_THRESHOLD) {
    __asm__ volatile("rep movsb"
                     : "+D"(d), "+S"(s), "+c"(n)
                     :
                     : "memory");
    return s1;
  }

  // Larger: copy the first 16 bytes unaligned, then 64-byte blocks with
  // aligned stores, then the last 64 bytes unaligned (overlapping what the
  // loop already wrote, which is harmless for non-overlapping buffers).
  unsigned char *dend = d + n;
  const unsigned char *send = s + n;
  _mm_storeu_si128((__m128i *)d, _mm_loadu_si128((const __m128i *)s));
  size_t skip = 16 - ((uintptr_t)d & 15);
  d += skip;
  s += skip;
  n -= skip;
  while (n > 64) {
    __m128i a = _mm_loadu_si128((const __m128i *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(s + 16));
    __m128i c = _mm_loadu_si128((const __m128i *)(s + 32));
    __m128i e = _mm_loadu_si128((const __m128i *)(s + 48));
    _mm_store_si128((__m128i *)d, a);
    _mm_store_si128((__m128i *)(d + 16), b);
    _mm_store_si128((__m128i *)(d + 32), c);
    _mm_store_si128((__m128i *)(d + 48), e);
    d += 64;
    s += 64;
    n -= 64;
  }
  __m128i a = _mm_loadu_si128((const __m128i *)(send - 64));
  __m128i b = _mm_loadu_si128((const __m128i *)(send - 48));
  __m128i c = _mm_loadu_si128((const __m128i *)(send - 32));
  __m128i e = _mm_loadu_si128((const __m128i *)(send - 16));
  _mm_storeu_si128((__m128i *)(dend - 64), a);
  _mm_storeu_si128((__m128i *)(dend - 48), b);
  _mm_storeu_si128((__m128i *)(dend - 32), c);
  _mm_storeu_si128((__m128i *)(dend - 16), e);
  return s1;
}
