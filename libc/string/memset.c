#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t u64_any __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32_any __attribute__((__may_alias__, __aligned__(1)));
typedef uint16_t u16_any __attribute__((__may_alias__, __aligned__(1)));

#define REP_STOSB_THRESHOLD 2048

void *memset(void *s, int c, size_t n) {
  unsigned char *d = s;

  // Small sizes: two possibly overlapping stores of the right width.
  if (n <= 16) {
    uint64_t v = (unsigned char)c * UINT64_C(0x0101010101010101);
    if (n >= 8) {
      *(u64_any *)d = v;
      *(u64_any *)(d + n - 8) = v;
    } else if (n >= 4) {
      *(u32_any *)d = (uint32_t)v;
      *(u32_any *)(d + n - 4) = (uint32_t)v;
    } else if (n >= 2) {
      *(u16_any *)d = (uint16_t)v;
      *(u16_any *)(d + n - 2) = (uint16_t)v;
    } else if (n == 1) {
      *d = (unsigned char)c;
    }
    return s;
  }
  __m128i v = _mm_set1_epi8((char)c);
  if (n <= 32) {
    _mm_storeu_si128((__m128i *)d, v);
    _mm_storeu_si128((__m128i *)(d + n - 16), v);
    return s;
  }
  if (n <= 64) {
    _mm_storeu_si128((__m128i *)d, v);
    _mm_storeu_si128((__m128i *)(d + 16), v);
    _mm_storeu_si128((__m128i *)(d + n - 32), v);
    _mm_storeu_si128((__m128i *)(d + n - 16), v);
    return s;
  }
  if (n >= REP_STOSB_THRESHOLD) {
    __asm__ volatile("rep stosb"
                     : "+D"(d), "+c"(n)
                     : "a"(c)
                     : "memory");
    return s;
  }

  // Unaligned head, aligned 64-byte blocks, unaligned 64-byte tail.
  unsigned char *end = d + n;
  _mm_storeu_si128((__m128i *)d, v);
  unsigned char *p = (unsigned char *)(((uintptr_t)d + 16) & ~(uintptr_t)15);
  while (end - p > 64) {
    _mm_store_si128((__m128i *)p, v);
    _mm_store_si128((__m128i *)(p + 16), v);
    _mm_store_si128((__m128i *)(p + 32), v);
    _mm_store_si128((__m128i *)(p + 48), v);
    p += 64;
  }
  _mm_storeu_si128((__m128i *)(end - 64), v);
  _mm_storeu_si128((__m128i *)(end - 48), v);
  _mm_storeu_si128((__m128i *)(end - 32), v);
  _mm_storeu_si128((__m128i *)(end - 16), v);
  return s;
}
