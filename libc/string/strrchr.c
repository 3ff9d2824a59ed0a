#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_avx2.h"

// Scans aligned 16-byte blocks up to the terminator, remembering the last
// block that contained the character.
char *strrchr(const char *s, int c) {
  if (__string_avx2)
    return __strrchr_avx2(s, c);
  const __m128i v = _mm_set1_epi8((char)c);
  const __m128i zero = _mm_setzero_si128();
  uintptr_t addr = (uintptr_t)s;
  unsigned int off = addr & 15;
  const char *p = (const char *)(addr - off);
  const char *last_block = NULL;
  unsigned int last_mask = 0;

  __m128i x = _mm_load_si128((const __m128i *)p);
  unsigned int valid = 0xffffu << off;
  for (;;) {
    unsigned int mz = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, zero)) &
                      valid;
    unsigned int mc =
        (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v)) & valid;
    if (mz != 0) {
      // Keep matches up to and including the terminator (which is the
      // answer when c is '\0').
      mc &= (mz ^ (mz - 1));
      if (mc != 0)
        return (char *)p + 31 - __builtin_clz(mc);
      return last_mask != 0
                 ? (char *)last_block + 31 - __builtin_clz(last_mask)
                 : NULL;
    }
    if (mc != 0) {
      last_block = p;
      last_mask = mc;
    }
    valid = 0xffff;
    p += 16;
    x = _mm_load_si128((const __m128i *)p);
  }
}
