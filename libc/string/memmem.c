#include <emmintrin.h>
#include <stdint.h>
#include <string.h>

#include "string_twoway.h"

// Two-way string matching (Crochemore and Perrin, 1991): linear time and
// constant space, combined with a bad-character shift on the last byte of
// the window, which skips ahead quickly in typical text.

static const unsigned char *two_way(const unsigned char *y, size_t n,
                                    const unsigned char *x, size_t m) {
  size_t p1, p2;
  size_t s1 = maximal_suffix(x, m, 0, &p1);
  size_t s2 = maximal_suffix(x, m, 1, &p2);
  // The critical factorization is x = x[0, crit) x[crit, m).
  size_t crit = s1 > s2 ? s1 : s2;
  size_t per = s1 > s2 ? p1 : p2;

  size_t shift[256];
  for (size_t c = 0; c < 256; ++c)
    shift[c] = m;
  for (size_t i = 0; i < m; ++i)
    shift[x[i]] = m - 1 - i;

  size_t j = 0;
  if (memcmp(x, x + per, crit) == 0) {
    // x has period per: after a full match of the right part, the first
    // m - per bytes of the next window are known to match ("memory").
    size_t mem = 0;
    while (j <= n - m) {
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
          const unsigned char *q = memchr(y + j + crit, x[crit], n - j - crit);
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
        return y + j;
      j += per;
      mem = m - per;
    }
  } else {
    // No such period: after a right-part match, shift by more than half.
    per = (crit > m - crit ? crit : m - crit) + 1;
    while (j <= n - m) {
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
          const unsigned char *q = memchr(y + j + crit, x[crit], n - j - crit);
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
        return y + j;
      j += per;
    }
  }
  return NULL;
}

void *memmem(const void *haystack, size_t n, const void *needle, size_t m) {
  const unsigned char *y = haystack, *x = needle;
  if (m == 0)
    return (void *)y;
  if (m > n)
    return NULL;
  if (m == 1)
    return memchr(y, x[0], n);
  if (m <= 8) {
    // Short needles: slide an m-byte window through a 64-bit register.
    uint64_t want = 0, have = 0;
    uint64_t mask = m == 8 ? UINT64_MAX : (UINT64_C(1) << (8 * m)) - 1;
    for (size_t i = 0; i < m; ++i) {
      want = want << 8 | x[i];
      have = have << 8 | y[i];
    }
    for (size_t i = m;; ++i) {
      if (have == want)
        return (void *)(y + i - m);
      if (i == n)
        return NULL;
      have = (have << 8 | y[i]) & mask;
    }
  }
  return (void *)two_way(y, n, x, m);
}
