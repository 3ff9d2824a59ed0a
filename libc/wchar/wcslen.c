#include <emmintrin.h>
#include <stdint.h>
#include <wchar.h>

// Four wide characters per 16-byte compare.  Only aligned blocks are read,
// and the 32-byte steps start at a 32-byte boundary, so no read touches a
// page that holds no character of the string.
size_t wcslen(const wchar_t *s) {
  const __m128i zero = _mm_setzero_si128();
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const char *p = (const char *)(addr - off);
  unsigned int m = (unsigned int)_mm_movemask_epi8(
                       _mm_cmpeq_epi32(_mm_load_si128((const __m128i *)p), zero)) >>
                   off;
  if (m != 0)
    return (unsigned int)__builtin_ctz(m) / sizeof(wchar_t);
  p += 16;
  if (((uintptr_t)p & 16) != 0) {
    m = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi32(_mm_load_si128((const __m128i *)p), zero));
    if (m != 0)
      return (size_t)(p - (const char *)s + __builtin_ctz(m)) /
             sizeof(wchar_t);
    p += 16;
  }
  for (;;) {
    __m128i a = _mm_cmpeq_epi32(_mm_load_si128((const __m128i *)p), zero);
    __m128i b =
        _mm_cmpeq_epi32(_mm_load_si128((const __m128i *)(p + 16)), zero);
    if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0) {
      m = (unsigned int)_mm_movemask_epi8(a) |
          (unsigned int)_mm_movemask_epi8(b) << 16;
      return (size_t)(p - (const char *)s + __builtin_ctz(m)) /
             sizeof(wchar_t);
    }
    p += 32;
  }
}
