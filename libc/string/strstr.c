#include <stdbool.h>
#include <stdint.h>
#include <string.h>

// Two-way string matching (Crochemore and Perrin, 1991), as in memmem, but
// the haystack's length is discovered lazily with strnlen, so a match near
// the start of a long haystack is found without scanning all of it.

static size_t maximal_suffix(const unsigned char *x, size_t m, int reversed,
                             size_t *period) {
  size_t start = 0, j = 1, k = 0, p = 1;
  while (j + k < m) {
    unsigned char a = x[j + k], b = x[start + k];
    if (a == b) {
      if (++k == p) {
        j += p;
        k = 0;
      }
    } else if ((a < b) != (reversed != 0)) {
      j += k + 1;
      k = 0;
      p = j - start;
    } else {
      start = j++;
      k = 0;
      p = 1;
    }
  }
  *period = p;
  return start;
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
      size_t i = crit > mem ? crit : mem;
      while (i < m && x[i] == y[j + i])
        ++i;
      if (i < m) {
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
    while (available(y, &e, j + m)) {
      size_t s = shift[y[j + m - 1]];
      if (s != 0) {
        j += s;
        continue;
      }
      size_t i = crit;
      while (i < m && x[i] == y[j + i])
        ++i;
      if (i < m) {
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
    // Short needles: slide an m-byte window through a 64-bit register.
    uint64_t want = 0, have = 0;
    uint64_t mask = m == 8 ? UINT64_MAX : (UINT64_C(1) << (8 * m)) - 1;
    for (size_t i = 0; i < m; ++i) {
      if (y[i] == '\0')
        return NULL;
      want = want << 8 | x[i];
      have = have << 8 | y[i];
    }
    for (const unsigned char *p = y + m;; ++p) {
      if (have == want)
        return (char *)p - m;
      if (*p == '\0')
        return NULL;
      have = (have << 8 | *p) & mask;
    }
  }
  m += strlen((const char *)x + m);
  return two_way(y, x, m);
}
