#include <stdint.h>
#include <unicode_utf8.h>

// Converts at most nms bytes and stores at most len wide characters.  An
// incomplete character at the end of the nms bytes is absorbed into the
// state (and *src moves past it), so the next call can complete it.  With
// dst null, len is ignored and neither *src nor *ps changes.
size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src,
                  size_t nms, size_t len, mbstate_t *restrict ps) {
  static _Thread_local mbstate_t internal;
  if (ps == NULL)
    ps = &internal;
  mbstate_t scratch;
  if (dst == NULL) {
    scratch = *ps;
    ps = &scratch;
    len = SIZE_MAX;
  }
  const unsigned char *s = (const unsigned char *)*src;
  size_t count = 0;
  while (count < len) {
    if (ps->__pending == 0) {
      // ASCII run.
      size_t run = nms < len - count ? nms : len - count;
      size_t i = 0;
      if (dst != NULL) {
        while (i < run && s[i] - 1u < 0x7f) {
          dst[count + i] = s[i];
          ++i;
        }
      } else {
        while (i < run && s[i] - 1u < 0x7f)
          ++i;
      }
      s += i;
      nms -= i;
      count += i;
      if (count == len)
        break;
    }
    uint32_t c;
    size_t r = utf8_decode(&c, s, nms, ps);
    if (r == UTF8_INCOMPLETE) {
      s += nms;
      break;
    }
    if (r == UTF8_INVALID) {
      if (dst != NULL)
        *src = (const char *)s;
      return (size_t)-1;
    }
    if (c == 0) {
      if (dst != NULL) {
        dst[count] = L'\0';
        *src = NULL;
      }
      return count;
    }
    if (dst != NULL)
      dst[count] = (wchar_t)c;
    ++count;
    s += r;
    nms -= r;
  }
  if (dst != NULL)
    *src = (const char *)s;
  return count;
}
