// Internal: substring search over wide characters in linear time, with the
// two-way algorithm of Crochemore and Perrin (1991): the needle is split at
// a critical factorization x = u v; v is matched left to right, then u
// right to left, and shifts use the period of the needle, so no character
// of the haystack is compared more than twice and no extra memory is used.
#ifndef LIBC_INTERNAL_WCHAR_TWOWAY_H
#define LIBC_INTERNAL_WCHAR_TWOWAY_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

// Computes the maximal suffix of x[0..m) for the ordering < (or > when
// reversed).  Returns the index before the suffix's start (-1 for the
// whole needle) and stores the suffix's period.
static inline ptrdiff_t twoway_max_suffix(const wchar_t *x, ptrdiff_t m,
                                          bool reversed, ptrdiff_t *period) {
  ptrdiff_t ms = -1, j = 0, k = 1, p = 1;
  while (j + k < m) {
    wchar_t a = x[j + k], b = x[ms + k];
    if (reversed ? a > b : a < b) {
      j += k;
      k = 1;
      p = j - ms;
    } else if (a == b) {
      if (k != p) {
        ++k;
      } else {
        j += p;
        k = 1;
      }
    } else {
      ms = j;
      j = ms + 1;
      k = p = 1;
    }
  }
  *period = p;
  return ms;
}

// The first occurrence of x[0..m) in y[0..n), for 0 < m <= n.
static inline wchar_t *twoway_search(const wchar_t *y, ptrdiff_t n,
                                     const wchar_t *x, ptrdiff_t m) {
  ptrdiff_t p1, p2;
  ptrdiff_t ms1 = twoway_max_suffix(x, m, false, &p1);
  ptrdiff_t ms2 = twoway_max_suffix(x, m, true, &p2);
  ptrdiff_t ell = ms1 > ms2 ? ms1 : ms2;
  ptrdiff_t per = ms1 > ms2 ? p1 : p2;

  if (per <= m - 1 - ell && wmemcmp(x, x + per, (size_t)(ell + 1)) == 0) {
    // The needle is periodic: remember how much of the left part matched
    // before the last shift by the period.
    ptrdiff_t j = 0, memory = -1;
    while (j <= n - m) {
      ptrdiff_t i = (ell > memory ? ell : memory) + 1;
      while (i < m && x[i] == y[i + j])
        ++i;
      if (i >= m) {
        i = ell;
        while (i > memory && x[i] == y[i + j])
          --i;
        if (i <= memory)
          return (wchar_t *)(y + j);
        j += per;
        memory = m - per - 1;
      } else {
        j += i - ell;
        memory = -1;
      }
    }
  } else {
    per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
    ptrdiff_t j = 0;
    while (j <= n - m) {
      ptrdiff_t i = ell + 1;
      while (i < m && x[i] == y[i + j])
        ++i;
      if (i >= m) {
        i = ell;
        while (i >= 0 && x[i] == y[i + j])
          --i;
        if (i < 0)
          return (wchar_t *)(y + j);
        j += per;
      } else {
        j += i - ell;
      }
    }
  }
  return NULL;
}

#endif
