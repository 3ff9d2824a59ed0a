#include <emmintrin.h>
#include <wchar.h>

// Compares n wide characters as wchar_t values (signed), four at a time
// for equality; the first difference is then ordered.
int wmemcmp(const wchar_t *s1, const wchar_t *s2, size_t n) {
  size_t i = 0;
  for (; n - i >= 4; i += 4) {
    __m128i a = _mm_loadu_si128((const __m128i *)(s1 + i));
    __m128i b = _mm_loadu_si128((const __m128i *)(s2 + i));
    unsigned int m = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi32(a, b));
    if (m != 0xffff) {
      i += (unsigned int)__builtin_ctz(~m) / sizeof(wchar_t);
      return s1[i] < s2[i] ? -1 : 1;
    }
  }
  for (; i < n; ++i)
    if (s1[i] != s2[i])
      return s1[i] < s2[i] ? -1 : 1;
  return 0;
}
