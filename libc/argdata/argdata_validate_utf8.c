#include <errno.h>
#include <stdint.h>

#include "argdata_impl.h"

int __argdata_validate_utf8(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    uint32_t cp, min;
    if ((c & 0xe0) == 0xc0) {
      len = 2, cp = c & 0x1f, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
      len = 3, cp = c & 0x0f, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return EILSEQ;  // continuation byte in lead position, or 5/6-byte lead
    }
    if (n - i < len)
      return EILSEQ;
    for (size_t j = 1; j < len; j++) {
      if ((p[i + j] & 0xc0) != 0x80)
        return EILSEQ;
      cp = (cp << 6) | (p[i + j] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return EILSEQ;
    i += len;
  }
  return 0;
}
