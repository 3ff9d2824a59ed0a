#include <uchar.h>
#include <unicode_utf8.h>

// Collects UTF-8 code units in the state until they form a character,
// then writes it (returning 0 until then).  Ill-formed sequences fail with
// EILSEQ as in mbrtowc.
size_t c8rtomb(char *restrict s, char8_t c8, mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  char buf[4];
  if (s == NULL) {
    s = buf;
    c8 = 0;
  }
  uint32_t c;
  size_t r = utf8_decode(&c, &c8, 1, ps);
  if (r == UTF8_INCOMPLETE)
    return 0;
  if (r == UTF8_INVALID)
    return r;
  return utf8_encode(s, c);
}
