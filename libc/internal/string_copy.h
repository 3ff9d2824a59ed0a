// Internal: pieces shared by memcpy and memmove.
#ifndef LIBC_INTERNAL_STRING_COPY_H
#define LIBC_INTERNAL_STRING_COPY_H

#include <emmintrin.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Unaligned scalar accesses that may alias any object.
typedef uint64_t u64_any __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32_any __attribute__((__may_alias__, __aligned__(1)));
typedef uint16_t u16_any __attribute__((__may_alias__, __aligned__(1)));

// Sizes from which the microcoded string move (fast on every CPU with ERMS,
// i.e. all x86_64 parts of the last decade) beats the SSE2 loop.
#define REP_MOVSB_THRESHOLD 2048

// Copies up to 64 bytes: loads the head and the tail of the range, possibly
// overlapping each other, then stores them.  No loops, few branches, and
// since everything is loaded before anything is stored, overlapping ranges
// are handled too.  Returns false (copying nothing) for larger sizes.
static inline bool copy_at_most_64(unsigned char *d, const unsigned char *s, size_t n) {
  if (n <= 16) {
    if (n >= 8) {
      uint64_t a = *(const u64_any *)s, b = *(const u64_any *)(s + n - 8);
      *(u64_any *)d = a;
      *(u64_any *)(d + n - 8) = b;
    } else if (n >= 4) {
      uint32_t a = *(const u32_any *)s, b = *(const u32_any *)(s + n - 4);
      *(u32_any *)d = a;
      *(u32_any *)(d + n - 4) = b;
    } else if (n >= 2) {
      uint16_t a = *(const u16_any *)s, b = *(const u16_any *)(s + n - 2);
      *(u16_any *)d = a;
      *(u16_any *)(d + n - 2) = b;
    } else if (n == 1) {
      *d = *s;
    }
    return true;
  }
  if (n <= 32) {
    __m128i a = _mm_loadu_si128((const __m128i *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(s + n - 16));
    _mm_storeu_si128((__m128i *)d, a);
    _mm_storeu_si128((__m128i *)(d + n - 16), b);
    return true;
  }
  if (n <= 64) {
    __m128i a = _mm_loadu_si128((const __m128i *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(s + 16));
    __m128i c = _mm_loadu_si128((const __m128i *)(s + n - 32));
    __m128i e = _mm_loadu_si128((const __m128i *)(s + n - 16));
    _mm_storeu_si128((__m128i *)d, a);
    _mm_storeu_si128((__m128i *)(d + 16), b);
    _mm_storeu_si128((__m128i *)(d + n - 32), c);
    _mm_storeu_si128((__m128i *)(d + n - 16), e);
    return true;
  }
  return false;
}

#endif
