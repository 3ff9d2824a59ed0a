#include <uchar.h>
#include <unicode_utf8.h>

// Decodes the next UTF-8 character into UTF-16.  A character above U+FFFF
// yields its high surrogate now and its low surrogate on the next call,
// which consumes no input and returns (size_t)-3.
size_t mbrtoc16(char16_t *restrict pc16, const char *restrict s, size_t n,
                mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  if (s == NULL) {
    pc16 = NULL;
    s = "";
    n = 1;
  }
  if (ps->__surrogate != 0) {
    if (pc16 != NULL)
      *pc16 = ps->__surrogate;
    ps->__surrogate = 0;
    return (size_t)-3;
  }
  uint32_t c;
  size_t r = utf8_decode(&c, (const unsigned char *)s, n, ps);
  if (r > 4)
    return r;
  if (c >= 0x10000) {
    c -= 0x10000;
    ps->__surrogate = (unsigned short)(0xdc00 | (c & 0x3ff));
    c = 0xd800 | c >> 10;
  }
  if (pc16 != NULL)
    *pc16 = (char16_t)c;
  return c == 0 ? 0 : r;
}
