#include <uchar.h>
#include <unicode_utf8.h>

// Decodes (and so validates) the next UTF-8 character and returns its
// first code unit; the others follow on the next calls, which consume no
// input and return (size_t)-3.
size_t mbrtoc8(char8_t *restrict pc8, const char *restrict s, size_t n,
               mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  if (s == NULL) {
    pc8 = NULL;
    s = "";
    n = 1;
  }
  if (ps->__count > 0) {
    if (pc8 != NULL)
      *pc8 = ps->__units[0];
    ps->__units[0] = ps->__units[1];
    ps->__units[1] = ps->__units[2];
    --ps->__count;
    return (size_t)-3;
  }
  uint32_t c;
  size_t r = utf8_decode(&c, (const unsigned char *)s, n, ps);
  if (r > 4)
    return r;
  char units[4];
  size_t len = utf8_encode(units, c);
  if (pc8 != NULL)
    *pc8 = (char8_t)units[0];
  for (size_t i = 1; i < len; ++i)
    ps->__units[i - 1] = (unsigned char)units[i];
  ps->__count = (unsigned char)(len - 1);
  return c == 0 ? 0 : r;
}
