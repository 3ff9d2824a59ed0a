// Shared by the reference programs: a seeded generator so the musl build
// and the CloudABI build produce the same cases, and output helpers that do
// not depend on the formatting functions under test.
#ifndef TESTS_REFERENCE_REF_H
#define TESTS_REFERENCE_REF_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// splitmix64: small, fast and the same everywhere.  Draw at most once per
// full expression: compilers evaluate arguments in different orders.
static uint64_t ref_state = 0x9e3779b97f4a7c15ULL;

static inline void ref_seed(uint64_t seed) {
  ref_state = seed;
}

static inline uint64_t ref_next(void) {
  uint64_t z = (ref_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static inline uint64_t ref_below(uint64_t n) {
  return n == 0 ? 0 : ref_next() % n;
}

// Number of cases: argv[1] scales the default (1 = CI size).
static inline long ref_scale(int argc, char **argv) {
  long scale = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
  return scale > 0 ? scale : 1;
}

// Output: a large buffer written with fwrite, so the case loop does not
// depend on printf.
static char ref_out[1 << 16];
static size_t ref_len;

static inline void ref_flush(void) {
  fwrite(ref_out, 1, ref_len, stdout);
  ref_len = 0;
}

static inline void ref_put(const char *s, size_t n) {
  if (ref_len + n > sizeof(ref_out))
    ref_flush();
  if (n > sizeof(ref_out)) {
    fwrite(s, 1, n, stdout);
    return;
  }
  memcpy(ref_out + ref_len, s, n);
  ref_len += n;
}

static inline void ref_puts(const char *s) {
  ref_put(s, strlen(s));
}

static inline void ref_hex(uint64_t v) {
  char buf[17];
  for (int i = 15; i >= 0; i--) {
    buf[i] = "0123456789abcdef"[v & 0xf];
    v >>= 4;
  }
  ref_put(buf, 16);
}

static inline void ref_dec(long long v) {
  char buf[24];
  int i = 24;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do {
    buf[--i] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0)
    buf[--i] = '-';
  ref_put(buf + i, (size_t)(24 - i));
}

// Bytes with anything non-printable escaped, so every case is one line.
static inline void ref_quoted(const char *s, size_t n) {
  ref_puts("\"");
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      ref_put((const char *)&c, 1);
    } else {
      char esc[4] = {'\\', "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 0xf], 0};
      ref_put(esc, 3);
    }
  }
  ref_puts("\"");
}

#endif
