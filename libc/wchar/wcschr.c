#include <emmintrin.h>
#include <stdint.h>
#include <wchar.h>

// The first occurrence of c in s; the terminator is part of s.  Looks for
// c and the terminator four characters at a time, in aligned blocks only
// (so never in a page the string does not reach).
wchar_t *wcschr(const wchar_t *s, wchar_t c) {
  const __m128i zero = _mm_setzero_si128();
  const __m128i needle = _mm_set1_epi32(c);
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const wchar_t *p = (const wchar_t *)(addr - off);
  __m128i v = _mm_load_si128((const __m128i *)p);
  unsigned int m = (unsigned int)_mm_movemask_epi8(_mm_or_si128(
                       _mm_cmpeq_epi32(v, zero), _mm_cmpeq_epi32(v, needle))) >>
                   off;
  if (m != 0) {
    p = s + (unsigned int)__builtin_ctz(m) / sizeof(wchar_t);
    return *p == c ? (wchar_t *)p : NULL;
  }
  for (;;) {
    p += 4;
    v = _mm_load_si128((const __m128i *)p);
    m = (unsigned int)_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi32(v, zero), _mm_cmpeq_epi32(v, needle)));
    if (m != 0) {
      p += (unsigned int)__builtin_ctz(m) / sizeof(wchar_t);
      return *p == c ? (wchar_t *)p : NULL;
    }
  }
}
