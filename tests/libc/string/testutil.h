// Shared helpers for the string tests: a deterministic generator and
// byte-at-a-time reference implementations to compare against.
#ifndef TESTS_LIBC_STRING_TESTUTIL_H
#define TESTS_LIBC_STRING_TESTUTIL_H

#include <stddef.h>
#include <stdint.h>

static uint64_t rng_state = 0x9e3779b97f4a7c15;

static inline uint32_t rnd(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (uint32_t)(rng_state >> 16);
}

// Fills with random bytes, or with letters from 'a' to 'a' + alphabet - 1.
static inline void fill(void *buf, size_t n, int alphabet) {
  unsigned char *p = buf;
  for (size_t i = 0; i < n; ++i)
    p[i] = alphabet ? (unsigned char)('a' + rnd() % (unsigned)alphabet)
                    : (unsigned char)rnd();
}

static inline int sign(long long x) { return (x > 0) - (x < 0); }

static inline size_t ref_strlen(const char *s) {
  size_t n = 0;
  while (s[n] != '\0')
    ++n;
  return n;
}

static inline int ref_memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (size_t i = 0; i < n; ++i)
    if (x[i] != y[i])
      return x[i] - y[i];
  return 0;
}

static inline int ref_strncmp(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x != y || x == '\0')
      return x - y;
  }
  return 0;
}

static inline const void *ref_memchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  for (size_t i = 0; i < n; ++i)
    if (p[i] == (unsigned char)c)
      return p + i;
  return NULL;
}

static inline const void *ref_memrchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  while (n-- > 0)
    if (p[n] == (unsigned char)c)
      return p + n;
  return NULL;
}

static inline const char *ref_strchr(const char *s, int c) {
  for (;; ++s) {
    if (*s == (char)c)
      return s;
    if (*s == '\0')
      return NULL;
  }
}

static inline const char *ref_strrchr(const char *s, int c) {
  const char *last = NULL;
  for (;; ++s) {
    if (*s == (char)c)
      last = s;
    if (*s == '\0')
      return last;
  }
}

// Quadratic, obviously correct substring search.
static inline const void *ref_memmem(const void *h, size_t hn, const void *n,
                                     size_t nn) {
  const unsigned char *x = h;
  for (size_t i = 0; i + nn <= hn; ++i)
    if (ref_memcmp(x + i, n, nn) == 0)
      return x + i;
  return NULL;
}

#endif
