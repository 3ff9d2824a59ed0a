#include <emmintrin.h>
#include <stdint.h>
#include <wchar.h>

// Whether 16 bytes from p stay within p's page.
static inline int fits_in_page(const wchar_t *p) {
  return ((uintptr_t)p & 4095) <= 4096 - 16;
}

// Compares wide characters as wchar_t values (signed).  Four characters at
// a time while neither string's next 16 bytes cross a page boundary; a
// block with a difference or a terminator is finished one by one.
int wcscmp(const wchar_t *s1, const wchar_t *s2) {
  const __m128i zero = _mm_setzero_si128();
  for (size_t i = 0;; ++i) {
    while (fits_in_page(s1 + i) && fits_in_page(s2 + i)) {
      __m128i a = _mm_loadu_si128((const __m128i *)(s1 + i));
      __m128i b = _mm_loadu_si128((const __m128i *)(s2 + i));
      __m128i same = _mm_andnot_si128(_mm_cmpeq_epi32(a, zero),
                                      _mm_cmpeq_epi32(a, b));
      if (_mm_movemask_epi8(same) != 0xffff)
        break;
      i += 4;
    }
    if (s1[i] != s2[i])
      return s1[i] < s2[i] ? -1 : 1;
    if (s1[i] == L'\0')
      return 0;
  }
}
