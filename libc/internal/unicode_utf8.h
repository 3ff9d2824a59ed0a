// Internal: the UTF-8 codec behind all multibyte conversions.
//
// A multibyte character is the shortest UTF-8 form of a code point in
// 0..0x10FFFF other than a surrogate.  Each lead byte fixes how many
// continuation bytes follow and the range of the first one, which is what
// excludes overlong forms (E0 80..9F, F0 80..8F), surrogates (ED A0..BF)
// and values above U+10FFFF (F4 90..BF); C0, C1 and F5..FF never start a
// character.  The decoder checks every byte as it arrives, so an invalid
// sequence is reported at the first byte that cannot continue it, even
// when the character is still incomplete.
#ifndef LIBC_INTERNAL_UNICODE_UTF8_H
#define LIBC_INTERNAL_UNICODE_UTF8_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#define UTF8_INCOMPLETE ((size_t)-2)
#define UTF8_INVALID ((size_t)-1)

static inline void utf8_state_reset(mbstate_t *ps) {
  *ps = (mbstate_t){0};
}

// Continues the character held in *ps (if any) with the bytes s[0..n).
// Returns the number of bytes used to complete it (storing the code point
// in *out, which is 0 for the null character), UTF8_INCOMPLETE after
// absorbing all n bytes into *ps, or UTF8_INVALID with errno set to EILSEQ
// and *ps reset.
static inline size_t utf8_decode(uint32_t *out, const unsigned char *s,
                                 size_t n, mbstate_t *ps) {
  uint32_t c;
  unsigned int pending, lower, upper;
  size_t i = 0;
  if (ps->__pending == 0) {
    if (n == 0)
      return UTF8_INCOMPLETE;
    unsigned int b = s[0];
    if (b < 0x80) {
      *out = b;
      return 1;
    }
    i = 1;
    lower = 0x80;
    upper = 0xbf;
    if (b < 0xc2) {
      goto invalid;
    } else if (b < 0xe0) {
      c = b & 0x1f;
      pending = 1;
    } else if (b < 0xf0) {
      c = b & 0x0f;
      pending = 2;
      if (b == 0xe0)
        lower = 0xa0;
      else if (b == 0xed)
        upper = 0x9f;
    } else if (b < 0xf5) {
      c = b & 0x07;
      pending = 3;
      if (b == 0xf0)
        lower = 0x90;
      else if (b == 0xf4)
        upper = 0x8f;
    } else {
      goto invalid;
    }
  } else {
    c = ps->__value;
    pending = ps->__pending;
    lower = ps->__lower;
    upper = ps->__upper;
  }
  for (;;) {
    if (i == n) {
      ps->__value = c;
      ps->__pending = (unsigned char)pending;
      ps->__lower = (unsigned char)lower;
      ps->__upper = (unsigned char)upper;
      return UTF8_INCOMPLETE;
    }
    unsigned int b = s[i++];
    if (b < lower || b > upper)
      goto invalid;
    c = c << 6 | (b & 0x3f);
    if (--pending == 0) {
      ps->__pending = 0;
      *out = c;
      return i;
    }
    lower = 0x80;
    upper = 0xbf;
  }
invalid:
  utf8_state_reset(ps);
  errno = EILSEQ;
  return UTF8_INVALID;
}

// The number of bytes of the UTF-8 form of c, or 0 if c is a surrogate or
// above U+10FFFF.
static inline size_t utf8_length(uint32_t c) {
  if (c < 0x80)
    return 1;
  if (c < 0x800)
    return 2;
  if (c < 0x10000)
    return c - 0xd800 < 0x800 ? 0 : 3;
  return c < 0x110000 ? 4 : 0;
}

// Writes the UTF-8 form of c (which utf8_length accepts) to s and returns
// its length.
static inline size_t utf8_encode(char *s, uint32_t c) {
  if (c < 0x80) {
    s[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    s[0] = (char)(0xc0 | c >> 6);
    s[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    s[0] = (char)(0xe0 | c >> 12);
    s[1] = (char)(0x80 | (c >> 6 & 0x3f));
    s[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  s[0] = (char)(0xf0 | c >> 18);
  s[1] = (char)(0x80 | (c >> 12 & 0x3f));
  s[2] = (char)(0x80 | (c >> 6 & 0x3f));
  s[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

#endif
