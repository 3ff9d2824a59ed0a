#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_copy.h"

void *memmove(void *s1, const void *s2, size_t n) {
  unsigned char *d = s1;
  const unsigned char *s = s2;

  // Up to 64 bytes everything is loaded before anything is stored, so any
  // overlap is handled.
  if (copy_at_most_64(d, s, n))
    return s1;

  if ((uintptr_t)d - (uintptr_t)s >= n) {
    // Destination below the source, or no overlap: copy forward.  A
    // forward byte move is exactly what `rep movsb` does.
    if (n >= REP_MOVSB_THRESHOLD) {
      __asm__ volatile("rep movsb"
                       : "+D"(d), "+S"(s), "+c"(n)
                       :
                       : "memory");
      return s1;
    }
    // The first 16 and last 64 source bytes are loaded up front, as the
    // loop's stores may overwrite them; they are stored at the end.
    unsigned char *dend = d + n;
    __m128i h = _mm_loadu_si128((const __m128i *)s);
    __m128i t0 = _mm_loadu_si128((const __m128i *)(s + n - 64));
    __m128i t1 = _mm_loadu_si128((const __m128i *)(s + n - 48));
    __m128i t2 = _mm_loadu_si128((const __m128i *)(s + n - 32));
    __m128i t3 = _mm_loadu_si128((const __m128i *)(s + n - 16));
    size_t skip = 16 - ((uintptr_t)d & 15);
    unsigned char *p = d + skip;
    s += skip;
    n -= skip;
    while (n > 64) {
      __m128i a = _mm_loadu_si128((const __m128i *)s);
      __m128i b = _mm_loadu_si128((const __m128i *)(s + 16));
      __m128i c = _mm_loadu_si128((const __m128i *)(s + 32));
      __m128i e = _mm_loadu_si128((const __m128i *)(s + 48));
      _mm_store_si128((__m128i *)p, a);
      _mm_store_si128((__m128i *)(p + 16), b);
      _mm_store_si128((__m128i *)(p + 32), c);
      _mm_store_si128((__m128i *)(p + 48), e);
      p += 64;
      s += 64;
      n -= 64;
    }
    _mm_storeu_si128((__m128i *)(dend - 64), t0);
    _mm_storeu_si128((__m128i *)(dend - 48), t1);
    _mm_storeu_si128((__m128i *)(dend - 32), t2);
    _mm_storeu_si128((__m128i *)(dend - 16), t3);
    _mm_storeu_si128((__m128i *)d, h);
  } else {
    // Destination above an overlapping source: copy backward, mirroring
    // the forward case (first 64 and last 16 bytes saved up front).
    __m128i h0 = _mm_loadu_si128((const __m128i *)s);
    __m128i h1 = _mm_loadu_si128((const __m128i *)(s + 16));
    __m128i h2 = _mm_loadu_si128((const __m128i *)(s + 32));
    __m128i h3 = _mm_loadu_si128((const __m128i *)(s + 48));
    __m128i t = _mm_loadu_si128((const __m128i *)(s + n - 16));
    unsigned char *dend = d + n;
    size_t m = n - ((uintptr_t)dend & 15);
    // Now d + m is 16-byte aligned and bytes [m, n) are covered by t.
    while (m > 64) {
      __m128i a = _mm_loadu_si128((const __m128i *)(s + m - 16));
      __m128i b = _mm_loadu_si128((const __m128i *)(s + m - 32));
      __m128i c = _mm_loadu_si128((const __m128i *)(s + m - 48));
      __m128i e = _mm_loadu_si128((const __m128i *)(s + m - 64));
      _mm_store_si128((__m128i *)(d + m - 16), a);
      _mm_store_si128((__m128i *)(d + m - 32), b);
      _mm_store_si128((__m128i *)(d + m - 48), c);
      _mm_store_si128((__m128i *)(d + m - 64), e);
      m -= 64;
    }
    _mm_storeu_si128((__m128i *)d, h0);
    _mm_storeu_si128((__m128i *)(d + 16), h1);
    _mm_storeu_si128((__m128i *)(d + 32), h2);
    _mm_storeu_si128((__m128i *)(d + 48), h3);
    _mm_storeu_si128((__m128i *)(dend - 16), t);
  }
  return s1;
}
