#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

typedef uint64_t u64_any __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32_any __attribute__((__may_alias__, __aligned__(1)));

// Index of the first differing byte of two 16-byte blocks known to differ.
static inline unsigned int first_difference(__m128i a, __m128i b) {
  unsigned int eq = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(a, b));
  return (unsigned int)__builtin_ctz(~eq);
}

int memcmp(const void *s1, const void *s2, size_t n) {
  if (n >= 32 && __string_avx2)
    return __memcmp_avx2(s1, s2, n);
  const unsigned char *a = s1, *b = s2;

  if (n < 16) {
    // Compare as big-endian integers, so that numeric order equals
    // lexicographic byte order.  Head and tail may overlap.
    if (n >= 8) {
      uint64_t x = __builtin_bswap64(*(const u64_any *)a);
      uint64_t y = __builtin_bswap64(*(const u64_any *)b);
      if (x == y) {
        x = __builtin_bswap64(*(const u64_any *)(a + n - 8));
        y = __builtin_bswap64(*(const u64_any *)(b + n - 8));
      }
      return (x > y) - (x < y);
    }
    if (n >= 4) {
      uint64_t x = (uint64_t)__builtin_bswap32(*(const u32_any *)a) << 32 |
                   __builtin_bswap32(*(const u32_any *)(a + n - 4));
      uint64_t y = (uint64_t)__builtin_bswap32(*(const u32_any *)b) << 32 |
                   __builtin_bswap32(*(const u32_any *)(b + n - 4));
      return (x > y) - (x < y);
    }
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i])
        return (int)a[i] - (int)b[i];
    return 0;
  }

  // 64 bytes per iteration while possible.
  size_t i = 0;
  while (n - i >= 64) {
    __m128i a0 = _mm_loadu_si128((const __m128i *)(a + i));
    __m128i a1 = _mm_loadu_si128((const __m128i *)(a + i + 16));
    __m128i a2 = _mm_loadu_si128((const __m128i *)(a + i + 32));
    __m128i a3 = _mm_loadu_si128((const __m128i *)(a + i + 48));
    __m128i e0 = _mm_cmpeq_epi8(a0, _mm_loadu_si128((const __m128i *)(b + i)));
    __m128i e1 =
        _mm_cmpeq_epi8(a1, _mm_loadu_si128((const __m128i *)(b + i + 16)));
    __m128i e2 =
        _mm_cmpeq_epi8(a2, _mm_loadu_si128((const __m128i *)(b + i + 32)));
    __m128i e3 =
        _mm_cmpeq_epi8(a3, _mm_loadu_si128((const __m128i *)(b + i + 48)));
    __m128i all = _mm_and_si128(_mm_and_si128(e0, e1), _mm_and_si128(e2, e3));
    if (_mm_movemask_epi8(all) != 0xffff)
      break;
    i += 64;
  }
  // 16 bytes at a time; the last block is aligned to the end of the range
  // and may overlap bytes already known to be equal.
  for (;;) {
    if (n - i < 16)
      i = n - 16;
    __m128i x = _mm_loadu_si128((const __m128i *)(a + i));
    __m128i y = _mm_loadu_si128((const __m128i *)(b + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) != 0xffff) {
      unsigned int k = first_difference(x, y);
      return (int)a[i + k] - (int)b[i + k];
    }
    i += 16;
    if (i >= n)
      return 0;
  }
}
