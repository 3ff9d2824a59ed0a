#define STRING_AVX2_IMPL
#include "string_avx2.h"

// Aligned 32-byte blocks from the end of the range backward.
AVX2_FN void *__memrchr_avx2(const void *s, int c, size_t n) {
  if (n == 0)
    return NULL;
  const __m256i v = _mm256_set1_epi8((char)c);
  uintptr_t start = (uintptr_t)s;
  uintptr_t end = start + n;
  uintptr_t block = (end - 1) & ~(uintptr_t)31;
  // Bits for the bytes of the last block that lie before `end`.
  uint32_t m = avx2_eq_mask(avx2_load((const void *)block), v) &
               (0xffffffffu >> (31 - ((end - 1) & 31)));
  for (;;) {
    if (block <= start) {
      m &= 0xffffffffu << (start - block);
      return m != 0 ? (void *)(block + 31 - (unsigned int)__builtin_clz(m)) : NULL;
    }
    if (m != 0)
      return (void *)(block + 31 - (unsigned int)__builtin_clz(m));
    block -= 32;
    m = avx2_eq_mask(avx2_load((const void *)block), v);
  }
}
