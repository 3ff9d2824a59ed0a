#include <emmintrin.h>
#include <stdint.h>
#include <wchar.h>

// Four wide characters per 16-byte compare.  Only aligned blocks are read:
// a block may extend past the n characters, but never into another page.
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) {
  if (n == 0)
    return NULL;
  const __m128i needle = _mm_set1_epi32(c);
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const wchar_t *p = (const wchar_t *)(addr - off);
  unsigned int m = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi32(
                       _mm_load_si128((const __m128i *)p), needle)) >>
                   off;
  size_t in_block = (16 - off) / sizeof(wchar_t);
  if (m != 0) {
    size_t i = (unsigned int)__builtin_ctz(m) / sizeof(wchar_t);
    return i < n ? (wchar_t *)s + i : NULL;
  }
  if (n <= in_block)
    return NULL;
  n -= in_block;
  p += 4;
  for (;;) {
    m = (unsigned int)_mm_movemask_epi8(
        _mm_cmpeq_epi32(_mm_load_si128((const __m128i *)p), needle));
    if (m != 0) {
      size_t i = (unsigned int)__builtin_ctz(m) / sizeof(wchar_t);
      return i < n ? (wchar_t *)p + i : NULL;
    }
    if (n <= 4)
      return NULL;
    n -= 4;
    p += 4;
  }
}
