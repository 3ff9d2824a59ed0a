#include <uchar.h>
#include <unicode_utf8.h>

// Decodes the next UTF-8 character into a UTF-32 code unit.
size_t mbrtoc32(char32_t *restrict pc32, const char *restrict s, size_t n,
                mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  if (s == NULL) {
    pc32 = NULL;
    s = "";
    n = 1;
  }
  uint32_t c;
  size_t r = utf8_decode(&c, (const unsigned char *)s, n, ps);
  if (r <= 4) {
    if (pc32 != NULL)
      *pc32 = c;
    if (c == 0)
      return 0;
  }
  return r;
}
