#include <emmintrin.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "string_twoway.h"

// Two-way string matching (Crochemore and Perrin, 1991), as in memmem, but
// the haystack's length is discovered lazily with strnlen, so a match near
// the start of a long haystack is found without scanning all of it.

// First position q >= p with q[0] == c0 and q[1] == c1 (both nonzero), or
// NULL if the string ends first.  Reads aligned 16-byte blocks only, which
// never cross into a page holding no byte of the string.
static const unsigned char *find_pair(const unsigned char *p, unsigned char c0,
                                      unsigned char c1) {
  const __m128i v0 = _mm_set1_epi8((char)c0), v1 = _mm_set1_epi8((char)c1);
  const __m128i zero = _mm_setzero_si128();
  unsigned int off = (uintptr_t)p & 15;
  const unsigned char *blk = p - off;
  __m128i x = _mm_load_si128((const __m128i *)blk);
  unsigned int m0 = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v0)) &
                    (0xffffu << off);
  unsigned int m1 = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v1));
  unsigned int mz = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, zero)) &
                    (0xffffu << off);
  for (;;) {
    unsigned int cand = m0 & (m1 >> 1);
    if (cand != 0) {
      unsigned int i = (unsigned int)__builtin_ctz(cand);
      if (mz == 0 || i < (unsigned int)__builtin_ctz(mz))
        return blk + i;
    }
    if (mz != 0)
      return NULL;
    // A pair may straddle this block and the next.
    unsigned int carry = m0 >> 15;
    blk += 16;
    x = _mm_load_si128((const __m128i *)blk);
    m0 = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v0));
    m1 = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v1));
    mz = (unsigned int)_mm_movemask_epi8(_mm_cmpeq_epi8(x, zero));
    if (carry & m1 & 1)
      return blk - 1;
  }
}

// Haystack bytes known to be non-NUL, and whether the terminator was seen.
struct extent {
  size_t known;
  bool at_end;
};

// True if y[0, want) contains no terminator.
static inline bool available(const unsigned char *y, struct extent *e,
                             size_t want) {
  while (e->known < want) {
    if (e->at_end)
      return false;
    size_t ask = want - e->known + 4096;
    size_t got = strnlen((const char *)y + e->known, ask);
    e->known += got;
    e->at_end = got < ask;
  }
  return true;
}

static char *two_way(const unsigned char *y, const unsigned char *x,
                     size_t m) {
  size_t p1, p2;
  size_t s1 = maximal_suffix(x, m, 0, &p1);
  size_t s2 = maximal_suffix(x, m, 1, &p2);
  size_t crit = s1 > s2 ? s1 : s2;
  size_t per = s1 > s2 ? p1 : p2;

  size_t shift[256];
  for (size_t c = 0; c < 256; ++c)
    shift[c] = m;
  for (size_t i = 0; i < m; ++i)
    shift[x[i]] = m - 1 - i;

  struct extent e = {0, false};
  size_t j = 0;
  if (memcmp(x, x + per, crit) == 0) {
    size_t mem = 0;
    while (available(y, &e, j + m)) {
      if (mem == 0) {
        size_t s = shift[y[j + m - 1]];
        if (s != 0) {
          j += s;
          continue;
        }
      }
      size_t i = mismatch(x, y + j, crit > mem ? crit : mem, m);
      if (i < m) {
        if (i == crit) {
          // The first byte of the right part is wrong: no match can start
          // before the next occurrence of x[crit].
          const unsigned char *q = (const unsigned char *)strchr(
              (const char *)y + j + crit, (char)x[crit]);
          if (q == NULL)
            return NULL;
          j = (size_t)(q - y) - crit;
          mem = 0;
          continue;
        }
        j += i - crit + 1;
        mem = 0;
        continue;
      }
      i = crit;
      while (i > mem && x[i - 1] == y[j + i - 1])
        --i;
      if (i <= mem)
        return (char *)y + j;
      j += per;
      mem = m - per;
    }
  } else {
    per = (crit > m - crit ? crit : m - crit) + 1;
    for (;;) {
      // Skip to the next window that starts with the needle's first two
      // bytes (no match can start before it).
      if (j >= e.known || y[j] != x[0] || y[j + 1] != x[1]) {
        const unsigned char *q = find_pair(y + j, x[0], x[1]);
        if (q == NULL)
          return NULL;
        j = (size_t)(q - y);
      }
      if (!available(y, &e, j + m))
        return NULL;
      size_t s = shift[y[j + m - 1]];
      if (s != 0) {
        j += s;
        continue;
      }
      size_t i = mismatch(x, y + j, crit, m);
      if (i < m) {
        if (i == crit) {
          // The first byte of the right part is wrong: no match can start
          // before the next occurrence of x[crit].
          const unsigned char *q = (const unsigned char *)strchr(
              (const char *)y + j + crit, (char)x[crit]);
          if (q == NULL)
            return NULL;
          j = (size_t)(q - y) - crit;
          continue;
        }
        j += i - crit + 1;
        continue;
      }
      i = crit;
      while (i > 0 && x[i - 1] == y[j + i - 1])
        --i;
      if (i == 0)
        return (char *)y + j;
      j += per;
    }
  }
  return NULL;
}

char *strstr(const char *haystack, const char *needle) {
  const unsigned char *x = (const unsigned char *)needle;
  if (x[0] == '\0')
    return (char *)haystack;
  // Skip to the first occurrence of the needle's first byte.
  const unsigned char *y =
      (const unsigned char *)strchr(haystack, (char)x[0]);
  if (y == NULL || x[1] == '\0')
    return (char *)y;

  size_t m = 2;
  while (m <= 8 && x[m] != '\0')
    ++m;
  if (m <= 8) {
    // Short needles: find candidates by their first two bytes with SIMD,
    // then compare the rest (at most six bytes, so linear time).
    for (;;) {
      y = find_pair(y, x[0], x[1]);
      if (y == NULL)
        return NULL;
      size_t i = 2;
      while (i < m && y[i] == x[i])
        ++i;
      if (i == m)
        return (char *)y;
      ++y;
    }
  }
  m += strlen((const char *)x + m);
  return two_way(y, x, m);
}
