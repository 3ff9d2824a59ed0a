// Internal: AVX2 variants of the string scanning functions and the switch
// that selects them.  The public functions (libc/string/*.c) test
// __string_avx2 and call the variant below if it is set; it is set once,
// by a constructor of the libc (libc/string/__string_cpu.c), if the CPU has
// AVX2 and the kernel saves the YMM registers.  Before that constructor
// runs, the SSE2 code is used.  Tests may clear the flag to exercise the
// SSE2 code on any machine (never set it on a CPU without AVX2).
//
// Like the SSE2 code, the variants read aligned 32-byte blocks of a string
// whose end is not known yet: such a block never extends into a page that
// holds no byte of the string.
#ifndef LIBC_INTERNAL_STRING_AVX2_H
#define LIBC_INTERNAL_STRING_AVX2_H

#include <stddef.h>

extern int __string_avx2;

size_t __strlen_avx2(const char *);
char *__strchr_avx2(const char *, int);
char *__strchrnul_avx2(const char *, int);
char *__strrchr_avx2(const char *, int);
void *__memchr_avx2(const void *, int, size_t);
void *__memrchr_avx2(const void *, int, size_t);
int __strcmp_avx2(const char *, const char *);
int __strncmp_avx2(const char *, const char *, size_t);
// Only for n >= 32.
int __memcmp_avx2(const void *, const void *, size_t);

#ifdef STRING_AVX2_IMPL
#include <immintrin.h>
#include <stdint.h>

#define AVX2_FN __attribute__((target("avx2")))
#define AVX2_PAGE 4096

// Bit i set where byte i of x is zero.
static inline AVX2_FN uint32_t avx2_zero_mask(__m256i x) {
  return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, _mm256_setzero_si256()));
}

static inline AVX2_FN uint32_t avx2_eq_mask(__m256i x, __m256i y) {
  return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, y));
}

static inline AVX2_FN __m256i avx2_load(const void *p) {
  return _mm256_load_si256((const __m256i *)p);
}

static inline AVX2_FN __m256i avx2_loadu(const void *p) {
  return _mm256_loadu_si256((const __m256i *)p);
}

// 32 bytes from q, of which only those before q's page end are meaningful
// if q is within 32 bytes of it: nothing past that page end is read.
static inline AVX2_FN __m256i avx2_load_in_page(const unsigned char *q) {
  if (((uintptr_t)q & (AVX2_PAGE - 1)) <= AVX2_PAGE - 32)
    return avx2_loadu(q);
  _Alignas(32) unsigned char buf[64];
  _mm256_store_si256((__m256i *)buf, avx2_load((const void *)((uintptr_t)q & ~(uintptr_t)31)));
  _mm256_store_si256((__m256i *)(buf + 32), _mm256_setzero_si256());
  return avx2_loadu(buf + ((uintptr_t)q & 31));
}

// Bit i set where x has the terminator or differs from y: cmpeq is 0x00
// where they differ, so its unsigned minimum with x is zero at stops.
static inline AVX2_FN uint32_t avx2_stop_mask(__m256i x, __m256i y) {
  return avx2_zero_mask(_mm256_min_epu8(x, _mm256_cmpeq_epi8(x, y)));
}

static inline uint32_t avx2_low_bits(unsigned int k) {
  return k >= 32 ? 0xffffffffu : (1u << k) - 1;
}

// Stops among the first `lim` (1 to 32) bytes of the strings a and b.
// Bytes in a page after a's or b's current one are read only once the
// bytes before that page end are known to hold no stop, so that both
// strings continue there (or lim bytes of both arrays are valid).
static inline AVX2_FN uint32_t avx2_string_stops(const unsigned char *a,
                                                 const unsigned char *b,
                                                 unsigned int lim) {
  unsigned int ra = AVX2_PAGE - ((uintptr_t)a & (AVX2_PAGE - 1));
  unsigned int rb = AVX2_PAGE - ((uintptr_t)b & (AVX2_PAGE - 1));
  unsigned int room = ra < rb ? ra : rb;
  if (room < 32) {
    uint32_t m = avx2_stop_mask(avx2_load_in_page(a), avx2_load_in_page(b)) &
                 avx2_low_bits(room < lim ? room : lim);
    if (m != 0 || room >= lim)
      return m;
  }
  return avx2_stop_mask(avx2_loadu(a), avx2_loadu(b)) & avx2_low_bits(lim);
}
#endif

#endif
