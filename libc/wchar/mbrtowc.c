#include <unicode_utf8.h>

// Decodes the next UTF-8 character; see unicode_utf8.h for what counts as
// valid.  A byte below 0x80 in the initial state is answered without
// entering the general decoder.
size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n,
               mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  if (s == NULL) {
    pwc = NULL;
    s = "";
    n = 1;
  } else if (n > 0 && ps->__pending == 0 && (signed char)*s >= 0) {
    if (pwc != NULL)
      *pwc = (unsigned char)*s;
    return *s != '\0';
  }
  uint32_t c;
  size_t r = utf8_decode(&c, (const unsigned char *)s, n, ps);
  if (r <= 4) {
    if (pwc != NULL)
      *pwc = (wchar_t)c;
    if (c == 0)
      return 0;
  }
  return r;
}
