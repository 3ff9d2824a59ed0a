#include <uchar.h>
#include <unicode_utf8.h>

// Encodes UTF-16 as UTF-8.  A high surrogate is kept in the state (and
// nothing is written) until the low surrogate arrives; a surrogate out of
// place fails with EILSEQ.
size_t c16rtomb(char *restrict s, char16_t c16, mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  char buf[4];
  if (s == NULL) {
    s = buf;
    c16 = 0;
  }
  uint32_t c = c16;
  uint32_t high = ps->__surrogate;
  if (high != 0) {
    ps->__surrogate = 0;
    if (c - 0xdc00 >= 0x400) {
      errno = EILSEQ;
      return (size_t)-1;
    }
    c = 0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00);
  } else if (c - 0xd800 < 0x800) {
    if (c >= 0xdc00) {
      errno = EILSEQ;
      return (size_t)-1;
    }
    ps->__surrogate = (unsigned short)c;
    return 0;
  }
  return utf8_encode(s, c);
}
