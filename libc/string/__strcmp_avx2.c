#define STRING_AVX2_IMPL
#include "string_avx2.h"

// After a first block, a is brought to 32-byte alignment; then 64 bytes
// (two aligned blocks of a, unaligned bytes of b) per step, as many steps
// as fit before the nearer page end without checks; within 64 bytes of it,
// one block with page-safe loads.
AVX2_FN int __strcmp_avx2(const char *s1, const char *s2) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  if (((uintptr_t)a & (AVX2_PAGE - 1)) <= AVX2_PAGE - 32 &&
      ((uintptr_t)b & (AVX2_PAGE - 1)) <= AVX2_PAGE - 32) {
    // Neither is near its page end: one unaligned block settles strings
    // shorter than 32 bytes, then a moves on to the next 32-byte boundary.
    uint32_t m = avx2_stop_mask(avx2_loadu(a), avx2_loadu(b));
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return (int)a[i] - (int)b[i];
    }
    unsigned int k = 32 - ((uintptr_t)a & 31);
    a += k;
    b += k;
  } else if (((uintptr_t)a & 31) != 0) {
    unsigned int k = 32 - ((uintptr_t)a & 31);
    uint32_t m = avx2_string_stops(a, b, k);
    if (m != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(m);
      return (int)a[i] - (int)b[i];
    }
    a += k;
    b += k;
  }
  for (;;) {
    // Bytes before a's or b's page end, whichever is nearer (a multiple of
    // 32 for a): that many can be read without page checks.
    size_t ra = AVX2_PAGE - ((uintptr_t)a & (AVX2_PAGE - 1));
    size_t rb = AVX2_PAGE - ((uintptr_t)b & (AVX2_PAGE - 1));
    size_t r = ra < rb ? ra : rb;
    if (r >= 64) {
      for (size_t steps = r / 64; steps != 0; --steps) {
        __m256i x0 = avx2_load(a), x1 = avx2_load(a + 32);
        __m256i s0 = _mm256_min_epu8(x0, _mm256_cmpeq_epi8(x0, avx2_loadu(b)));
        __m256i s1 = _mm256_min_epu8(x1, _mm256_cmpeq_epi8(x1, avx2_loadu(b + 32)));
        if (avx2_zero_mask(_mm256_min_epu8(s0, s1)) != 0) {
          uint64_t m64 = avx2_zero_mask(s0) | (uint64_t)avx2_zero_mask(s1) << 32;
          unsigned int i = (unsigned int)__builtin_ctzll(m64);
          return (int)a[i] - (int)b[i];
        }
        a += 64;
        b += 64;
      }
    } else {
      uint32_t m = avx2_string_stops(a, b, 32);
      if (m != 0) {
        unsigned int i = (unsigned int)__builtin_ctz(m);
        return (int)a[i] - (int)b[i];
      }
      a += 32;
      b += 32;
    }
  }
}
