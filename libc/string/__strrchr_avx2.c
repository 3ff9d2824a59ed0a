#define STRING_AVX2_IMPL
#include "string_avx2.h"

// Aligned 32-byte blocks up to the terminator, remembering the last block
// that held the character.
AVX2_FN char *__strrchr_avx2(const char *s, int c) {
  const __m256i v = _mm256_set1_epi8((char)c);
  unsigned int off = (uintptr_t)s & 31;
  const char *p = s - off;
  const char *last_block = NULL;
  uint32_t last_mask = 0;
  uint32_t valid = 0xffffffffu << off;
  for (;;) {
    __m256i x = avx2_load(p);
    uint32_t mz = avx2_zero_mask(x) & valid;
    uint32_t mc = avx2_eq_mask(x, v) & valid;
    if (mz != 0) {
      // Matches up to and including the terminator (the answer for '\0').
      mc &= mz ^ (mz - 1);
      if (mc != 0)
        return (char *)p + 31 - __builtin_clz(mc);
      return last_mask != 0 ? (char *)last_block + 31 - __builtin_clz(last_mask) : NULL;
    }
    if (mc != 0) {
      last_block = p;
      last_mask = mc;
    }
    valid = 0xffffffffu;
    p += 32;
  }
}
